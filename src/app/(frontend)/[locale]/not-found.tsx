import { getLocale, getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { paths } from '@/site/paths'

/**
 * What Next shows when notFound() is called outside NotFoundPage (an unknown locale that bypassed
 * the proxy, an unknown directory key). Kept small on purpose: Next renders this element into every
 * page's RSC data under this layout, so the whole 404 frame here rode in every page. The layout
 * around it already has 112 and quick exit; pages that find nothing render NotFoundPage instead.
 */
export default async function NotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : defaultLocale
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <main id="main" tabIndex={-1} className="page">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p><a href={paths.home(locale)}>{t('home')}</a></p>
    </main>
  )
}
