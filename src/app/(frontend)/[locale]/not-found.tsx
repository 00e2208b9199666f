import { getLocale, getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { isLocale, localeCodes, defaultLocale } from '@/i18n/locales'
import { paths, sameInEveryLocale } from '@/site/paths'

export default async function NotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : defaultLocale
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'notFound' }), getTranslations({ locale, namespace: 'site' })])
  return (
    <PageFrame locale={locale} alternates={sameInEveryLocale(paths.home, localeCodes)}>
      {/* not-found pages have no metadata export; React puts this title in the head. */}
      <title>{`${t('title')} – ${site('name')}`}</title>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <ul className="link-list">
        <li><a href={paths.home(locale)}>{t('home')}</a></li>
        <li><a href={paths.search(locale)}>{t('search')}</a></li>
      </ul>
    </PageFrame>
  )
}
