import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CallList } from '@/components/CallList'
import { PageFrame } from '@/components/PageFrame'
import { TopicList } from '@/components/TopicList'
import { pick, slugIn, fallbackAttributes } from '@/content/localized'
import { focusAreas, readers } from '@/content/taxonomy'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { listBrochures } from '@/brochures/queries'
import { listBannerCampaigns, liveFor } from '@/campaigns/banners'
import { listFilms } from '@/films/site/queries'
import { pageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'
import { now } from '@/site/clock'
import { getSiteSettings } from '@/site/settings'
import { listSupportServices } from '@/supportServices/queries'
import { listTopics } from '@/topics/queries'

type Props = { params: Promise<{ locale: string }> }

const alternates = sameInEveryLocale(paths.home, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'home' }), getTranslations({ locale, namespace: 'site' })])
  return pageMetadata({ locale, title: site('name'), description: t('intro'), alternates, siteName: site('name') })
}

/** The three readers of the city's brochure, each with a way in. */
export const entryPoints = readers.filter((r) => r.value !== 'professionals').map((r) => r.value)

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, focus, site, films, topics, services, settings, brochures, campaigns, filmList] = await Promise.all([
    getTranslations('home'),
    getTranslations('focusAreas'),
    getTranslations('site'),
    getTranslations('films'),
    listTopics(),
    listSupportServices(),
    getSiteSettings(),
    listBrochures(),
    listBannerCampaigns(),
    listFilms(),
  ])
  // Topics of the campaigns running now for this language are featured while they run.
  const featuredIds = [...new Set(liveFor(campaigns, now(), locale, 'adult').flatMap((c) => c.topics))]
  const featured = featuredIds.map((id) => topics.find((tp) => tp.id === id)).filter((tp) => tp !== undefined)
  const entry = {
    subjected: { title: t('subjectedTitle'), text: t('subjectedText') },
    worried: { title: t('worriedTitle'), text: t('worriedText') },
    'uses-violence': { title: t('usesViolenceTitle'), text: t('usesViolenceText') },
  }
  const numbers = settings.emergencyServiceIds.map((id) => services.find((s) => s.id === id)).filter((s) => s !== undefined)
  const areaTopics = focusAreas
    .filter((a) => a.value !== 'general')
    .map((a) => ({ area: a.value, topic: topics.find((tp) => tp.focusArea === a.value) }))
    .filter((x) => x.topic)
  const general = topics.filter((tp) => tp.focusArea === 'general')
  const brochure = brochures[0]
  const brochureTitle = brochure && pick(brochure.title, locale)

  return (
    <PageFrame locale={locale} alternates={alternates}>
      <h1>{t('question')}</h1>
      <p className="lead">{t('intro')}</p>
      {featured.length > 0 && (
        <section className="featured-topics" aria-labelledby="featured">
          <h2 id="featured">{t('featuredTitle')}</h2>
          <TopicList topics={featured} locale={locale} />
        </section>
      )}
      <section aria-labelledby="who">
        <h2 id="who">{t('whoTitle')}</h2>
        <ul className="entry-points">
          {entryPoints.map((key) => (
            <li key={key}>
              <a className="entry-point" href={paths.reader(locale, key)}>
                <span className="entry-point__title">{entry[key].title}</span>
                <span className="entry-point__text">{entry[key].text}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {numbers.length > 0 && (
        <section aria-labelledby="call">
          <h2 id="call">{t('callTitle')}</h2>
          <CallList services={numbers} locale={locale} />
        </section>
      )}
      <section aria-labelledby="focus">
        <h2 id="focus">{t('focusTitle')}</h2>
        <ul className="focus-areas">
          {areaTopics.map(({ area, topic }) => (
            <li key={area}>
              <a href={paths.topic(locale, 'adult', slugIn(topic!, locale)!)}>{focus(area)}</a>
            </li>
          ))}
        </ul>
      </section>
      <section className="children-teaser" aria-labelledby="children">
        <h2 id="children">{t('childrenTitle')}</h2>
        <p>{t('childrenText')}</p>
        <a href={paths.children(locale)}>{t('childrenLink')}</a>
      </section>
      {filmList.length > 0 && (
        <section aria-labelledby="films">
          <h2 id="films">{films('title')}</h2>
          <p>{films('intro')}</p>
          <a href={paths.films(locale)}>{t('filmsLink')}</a>
        </section>
      )}
      {general.length > 0 && (
        <section aria-labelledby="more">
          <h2 id="more">{t('moreTitle')}</h2>
          <TopicList topics={general} locale={locale} />
        </section>
      )}
      {brochure && brochureTitle && (
        <p>
          {site('brochure')}:{' '}
          <a href={paths.brochure(locale, slugIn(brochure, locale)!)} {...fallbackAttributes(brochureTitle)}>
            {brochureTitle.value}
          </a>
        </p>
      )}
    </PageFrame>
  )
}
