import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { fixedPageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

const alternates = sameInEveryLocale(paths.safety, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.safety, 'safety')
}

/** What quick exit does and does not hide, and how to browse more safely. */
export default async function SafetyPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, site] = await Promise.all([getTranslations('safety'), getTranslations('site')])
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('whatTitle')}</h2>
      <p>{t('what')}</p>
      <h2>{t('notTitle')}</h2>
      <p>{t('not')}</p>
      <h2>{t('tipsTitle')}</h2>
      <ul>
        <li>{t('tipPrivate')}</li>
        <li>{t('tipHistory')}</li>
        <li>{t('tipDevice')}</li>
        <li>{t('tipLocation')}</li>
        <li>{t('tipCall')}</li>
      </ul>
      <h2>{t('countTitle')}</h2>
      <p>{t('count')}</p>
      <p>{t('noTrace')}</p>
    </PageFrame>
  )
}
