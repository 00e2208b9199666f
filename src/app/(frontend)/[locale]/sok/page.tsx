import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { SearchForm } from '@/components/SearchForm'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

const alternates = sameInEveryLocale(paths.search, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'search' }), getTranslations({ locale, namespace: 'site' })])
  return { ...pageMetadata({ locale, title: t('title'), alternates, siteName: site('name') }), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, site] = await Promise.all([getTranslations('search'), getTranslations('site')])
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <SearchForm locale={locale} labels={{ label: t('label'), button: t('button'), privacy: t('privacy'), privacyNoScript: t('privacyNoScript') }} />
    </PageFrame>
  )
}
