import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'

import { FallbackNotice } from '@/components/FallbackNotice'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageFrame } from '@/components/PageFrame'
import { RichText } from '@/components/RichText'
import { SupportServiceCard } from '@/components/SupportServiceCard'
import { TopicList } from '@/components/TopicList'
import { availableIn, pick, slugIn, fallbackAttributes } from '@/content/localized'
import { FilmList } from '@/films/site/FilmList'
import { filmsOfTopic } from '@/films/site/queries'
import type { Variant } from '@/content/taxonomy'
import { localeCodes, type Locale } from '@/i18n/locales'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'
import { cityCalendar, cityTimeZone } from '@/site/timeZone'

import { findTopicBySlug, getTopic, hasVariant, listTopicsInArea, type TopicDoc, type TopicImage, type TopicSummary } from './queries'

/** The topic in every language it exists in (for hreflang and the language picker). */
function alternatesOf(topic: TopicSummary, variant: Variant) {
  const langs = availableIn(topic[variant]?.title, localeCodes)
  return Object.fromEntries(langs.map((l) => [l, paths.topic(l, variant, slugIn(topic, l)!)])) as Partial<Record<Locale, string>>
}

/** The topic at this address; undefined when there is none (the page is then the 404 page). */
async function resolve(locale: Locale, variant: Variant, rawSlug: string): Promise<TopicDoc | undefined> {
  const slug = decodeURIComponent(rawSlug)
  const link = await findTopicBySlug(slug, locale)
  if (!link) return undefined
  const own = slugIn(link, locale)
  // A slug from another language: send the reader to this language's own address for the topic.
  if (own && own !== slug) permanentRedirect(paths.topic(locale, variant, own))
  return (await getTopic(link.id)) ?? undefined
}

export async function topicMetadata(locale: Locale, variant: Variant, rawSlug: string): Promise<Metadata> {
  const summary = await resolve(locale, variant, rawSlug)
  if (!summary) return notFoundMetadata(locale)
  const site = await getTranslations({ locale, namespace: 'site' })
  const shown: Variant = hasVariant(summary, variant) ? variant : 'adult'
  const title = pick(summary[shown]?.title, locale)?.value ?? site('name')
  const description = pick(summary[shown]?.summary, locale)?.value
  const meta = pageMetadata({ locale, title, description, alternates: alternatesOf(summary, shown), siteName: site('name') })
  // The children's address of a topic without a child version is not a page of its own.
  return hasVariant(summary, variant) ? meta : { ...meta, robots: { index: false, follow: true } }
}

export async function TopicPage({ locale, variant, slug: rawSlug }: { locale: Locale; variant: Variant; slug: string }) {
  const topic = await resolve(locale, variant, rawSlug)
  if (!topic) return <NotFoundPage locale={locale} />
  const [all, films, t, tf, site, focus, format] = await Promise.all([
    listTopicsInArea(topic.focusArea),
    // Films are made for adults: the children's version of a topic does not list them.
    variant === 'adult' ? filmsOfTopic(topic.id) : [],
    getTranslations('topic'),
    getTranslations('films'),
    getTranslations('site'),
    getTranslations('focusAreas'),
    getFormatter(),
  ])
  const home = variant === 'child' ? { label: site('children'), href: paths.children(locale) } : { label: site('home'), href: paths.home(locale) }
  const crumbs = variant === 'child' ? [{ label: site('home'), href: paths.home(locale) }, home] : [home, { label: focus(topic.focusArea) }]

  if (variant === 'child' && !hasVariant(topic, 'child')) {
    return <NoChildVersion locale={locale} topic={topic} crumbs={crumbs} />
  }

  const texts = topic[variant]
  const title = pick(texts.title, locale)!
  const summaryText = pick(texts.summary, locale)
  const body = pick(texts.body, locale)
  const fellBack = [title, summaryText, body].some((p) => p?.fellBack)
  const alternates = alternatesOf(topic, variant)
  const other: Variant = variant === 'adult' ? 'child' : 'adult'
  const related = all.filter((x) => x.id !== topic.id && x.focusArea === topic.focusArea && hasVariant(x, variant)).slice(0, 4)
  const reviewed = topic.lastReviewed ?? topic.updatedAt

  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[...crumbs.filter((c) => c.label !== title.value), { label: title.value }]} variant={variant}>
      <article className="topic">
        {fellBack && (
          <FallbackNotice links={Object.entries(alternates).filter(([l]) => l !== locale).map(([l, href]) => ({ locale: l as Locale, href: href! }))} />
        )}
        <h1 {...fallbackAttributes(title)}>{title.value}</h1>
        {summaryText && (
          <p className="lead" {...fallbackAttributes(summaryText)}>
            {summaryText.value}
          </p>
        )}
        {hasVariant(topic, other) && (
          <p className="variant-switch">
            <a href={paths.topic(locale, other, slugIn(topic, locale)!)}>{other === 'child' ? t('childVersion') : t('adultVersion')}</a>
          </p>
        )}
        {typeof topic.image === 'object' && topic.image && <TopicIllustration image={topic.image} locale={locale} />}
        {body && <RichText data={body.value} {...fallbackAttributes(body)} />}
        <p className="last-reviewed">
          {t('lastReviewed', { date: format.dateTime(new Date(reviewed), { dateStyle: 'long', timeZone: cityTimeZone, calendar: cityCalendar }) })}
        </p>
      </article>
      {films.length > 0 && (
        <section aria-labelledby="films" className="topic-films">
          <h2 id="films">{tf('topicFilms')}</h2>
          <FilmList films={films} locale={locale} headingLevel={3} />
        </section>
      )}
      {topic.supportServices.length > 0 && (
        <section aria-labelledby="support" className="topic-support">
          <h2 id="support">{t('supportTitle')}</h2>
          <div className="service-grid">
            {topic.supportServices
              .filter((s) => typeof s === 'object' && s !== null)
              .map((s) => (
                <SupportServiceCard key={s.id} service={s} locale={locale} />
              ))}
          </div>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="more">
          <h2 id="more">{t('moreTitle')}</h2>
          <TopicList topics={related} locale={locale} variant={variant} />
        </section>
      )}
    </PageFrame>
  )
}

/** A small WebP picture for a cheap phone, larger ones for larger screens; alt in the reader's language. */
function TopicIllustration({ image, locale }: { image: TopicImage; locale: Locale }) {
  const alt = pick(image.alt, locale)
  const sizes = Object.values(image.sizes ?? {}).filter((s) => s?.url && s.width)
  if (sizes.length === 0) return null
  const smallest = sizes.reduce((a, b) => ((a.width ?? 0) < (b.width ?? 0) ? a : b))
  return (
    <img
      className="topic__image"
      src={smallest.url!}
      srcSet={sizes.map((s) => `${s.url} ${s.width}w`).join(', ')}
      sizes="(min-width: 48rem) 42rem, 100vw"
      width={smallest.width ?? undefined}
      height={smallest.height ?? undefined}
      alt={alt?.value ?? ''}
      {...fallbackAttributes(alt)}
      loading="lazy"
      decoding="async"
    />
  )
}

/** The children's route of a topic written for adults only: say so kindly, never show the adult text. */
async function NoChildVersion({ locale, topic, crumbs }: { locale: Locale; topic: TopicSummary; crumbs: { label: string; href?: string }[] }) {
  const t = await getTranslations('children')
  return (
    <PageFrame locale={locale} alternates={alternatesOf(topic, 'adult')} breadcrumbs={[...crumbs, { label: t('noChildTitle') }]} variant="child">
      <h1>{t('noChildTitle')}</h1>
      <p className="lead">{t('noChildText')}</p>
      <p>
        <a className="call-button" href="tel:116111">
          BRIS <bdi dir="ltr">116 111</bdi>
        </a>
      </p>
      <p>{t('trustedAdult')}</p>
      <ul className="link-list">
        <li><a href={paths.children(locale)}>{t('topicsTitle')}</a></li>
        <li><a href={paths.topic(locale, 'adult', slugIn(topic, locale)!)}>{t('adultsLink')}</a></li>
      </ul>
    </PageFrame>
  )
}
