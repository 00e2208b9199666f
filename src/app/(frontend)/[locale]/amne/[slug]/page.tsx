import type { Metadata } from 'next'

import { pageLocale } from '@/i18n/pageLocale'
import { TopicPage, topicMetadata } from '@/topics/TopicPage'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first request and cached like the other pages (publishing expires them by tag);
// without this the segment would be rendered anew on every request.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata(await pageLocale(params), 'adult', (await params).slug)
}

export default async function AdultTopic({ params }: Props) {
  return <TopicPage locale={await pageLocale(params)} variant="adult" slug={(await params).slug} />
}
