import { getLocale } from 'next-intl/server'

import { NotFoundPage } from '@/components/NotFoundPage'
import { defaultLocale, isLocale } from '@/i18n/locales'

/** What Next shows when notFound() is called outside NotFoundPage (and after it in the browser). */
export default async function NotFound() {
  const current = await getLocale()
  return <NotFoundPage locale={isLocale(current) ? current : defaultLocale} />
}
