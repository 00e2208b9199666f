import type { Metadata } from 'next'

import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { pageLocale } from '@/i18n/pageLocale'

type Props = { params: Promise<{ locale: string }> }

// Rendered on first request and cached like the other pages: only then does Next's render keep the
// page's HTML when NotFoundPage sets the 404 (a per-request render would send the status first).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(await pageLocale(params))
}

/** Any path the site does not have: the localized 404 page. */
export default async function UnknownPath({ params }: Props) {
  return <NotFoundPage locale={await pageLocale(params)} />
}
