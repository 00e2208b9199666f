import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

const alternates = sameInEveryLocale(paths.home, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'home' }), getTranslations({ locale, namespace: 'site' })])
  return pageMetadata({ locale, title: site('name'), description: t('intro'), alternates, siteName: site('name') })
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('home')
  const entries = [
    { key: 'subjected', title: t('subjectedTitle'), text: t('subjectedText') },
    { key: 'worried', title: t('worriedTitle'), text: t('worriedText') },
    { key: 'uses-violence', title: t('usesViolenceTitle'), text: t('usesViolenceText') },
  ]
  return (
    <PageFrame locale={locale} alternates={alternates}>
      <h1>{t('question')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="who">
        <h2 id="who">{t('whoTitle')}</h2>
        <ul className="entry-points">
          {entries.map((e) => (
            <li key={e.key}>
              <a className="entry-point" href={`${paths.support(locale)}?who=${e.key}`}>
                <span className="entry-point__title">{e.title}</span>
                <span className="entry-point__text">{e.text}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section className="children-teaser" aria-labelledby="children">
        <h2 id="children">{t('childrenTitle')}</h2>
        <p>{t('childrenText')}</p>
        <a href={paths.children(locale)}>{t('childrenLink')}</a>
      </section>
    </PageFrame>
  )
}
