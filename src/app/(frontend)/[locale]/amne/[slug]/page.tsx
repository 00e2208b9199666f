import type { Metadata } from 'next'

import { pageLocale } from '@/i18n/pageLocale'
import { TopicPage, topicMetadata } from '@/topics/TopicPage'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata(await pageLocale(params), 'adult', (await params).slug)
}

export default async function AdultTopic({ params }: Props) {
  return <TopicPage locale={await pageLocale(params)} variant="adult" slug={(await params).slug} />
}
