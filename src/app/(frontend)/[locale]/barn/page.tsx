import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { TopicList } from '@/components/TopicList'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { fixedPageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'
import { hasVariant, listTopics } from '@/topics/queries'

type Props = { params: Promise<{ locale: string }> }

const alternates = sameInEveryLocale(paths.children, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.children, 'children')
}

/** The children's home: not your fault, BRIS first, a trusted adult, then the child versions. */
export default async function ChildrenHome({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, site, topics] = await Promise.all([getTranslations('children'), getTranslations('site'), listTopics()])
  return (
    <PageFrame locale={locale} alternates={alternates} variant="child" breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: site('children') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section className="bris-box" aria-labelledby="bris">
        <h2 id="bris">{t('brisTitle')}</h2>
        <p>{t('brisText')}</p>
        <p>
          <a className="call-button" href="tel:116111">
            BRIS <bdi dir="ltr">116 111</bdi>
          </a>
        </p>
      </section>
      <p className="emergency-note">
        <a href="tel:112">{t('emergencyText')}</a>
      </p>
      <p>{t('trustedAdult')}</p>
      <section aria-labelledby="topics">
        <h2 id="topics">{t('topicsTitle')}</h2>
        <TopicList topics={topics.filter((tp) => hasVariant(tp, 'child'))} locale={locale} variant="child" />
      </section>
      <p>
        <a href={paths.home(locale)}>{t('adultsLink')}</a>
      </p>
    </PageFrame>
  )
}
