import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { fixedPageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'
import { cityCalendar, cityTimeZone } from '@/site/timeZone'

type Props = { params: Promise<{ locale: string }> }

const alternates = sameInEveryLocale(paths.accessibility, localeCodes)
/** When the statement was last reviewed (DIGG asks for the date). */
const statementDate = new Date('2026-11-23T12:00:00Z')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.accessibility, 'accessibility')
}

/** Tillgänglighetsredogörelse, in the structure DIGG's model statement uses. */
export default async function AccessibilityStatement({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, site, format] = await Promise.all([getTranslations('accessibility'), getTranslations('site'), getFormatter()])
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('statusTitle')}</h2>
      <p>{t('status')}</p>
      <h2>{t('knownTitle')}</h2>
      <p>{t('known')}</p>
      <h2>{t('reportTitle')}</h2>
      <p>{t('report')}</p>
      <p><a href={paths.feedback(locale)}>{site('feedback')}</a></p>
      <h2>{t('supervisionTitle')}</h2>
      <p>{t('supervision')}</p>
      <p>{t('updated', { date: format.dateTime(statementDate, { dateStyle: 'long', timeZone: cityTimeZone, calendar: cityCalendar }) })}</p>
    </PageFrame>
  )
}
