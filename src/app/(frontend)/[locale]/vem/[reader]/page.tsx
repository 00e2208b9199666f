import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageFrame } from '@/components/PageFrame'
import { SupportServiceCard } from '@/components/SupportServiceCard'
import { TopicList } from '@/components/TopicList'
import type { Reader } from '@/content/taxonomy'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'
import { listSupportServices } from '@/supportServices/queries'
import { listTopics } from '@/topics/queries'

type Props = { params: Promise<{ locale: string; reader: string }> }

const keys = {
  subjected: { title: 'subjectedTitle', text: 'subjectedText' },
  worried: { title: 'worriedTitle', text: 'worriedText' },
  'uses-violence': { title: 'usesViolenceTitle', text: 'usesViolenceText' },
} as const
type EntryReader = keyof typeof keys

function readerOf(value: string): EntryReader | undefined {
  return value in keys ? (value as EntryReader) : undefined
}

// Rendered on first request and cached like the other pages (publishing expires them by tag);
// without this the segment would be rendered anew on every request.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const reader = readerOf((await params).reader)
  if (!reader) return notFoundMetadata(locale)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'home' }), getTranslations({ locale, namespace: 'site' })])
  return pageMetadata({ locale, title: t(keys[reader].title), description: t(keys[reader].text), alternates: sameInEveryLocale((l) => paths.reader(l, reader), localeCodes), siteName: site('name') })
}

/** One of the home page's ways in: what to read and whom to call, for this reader. */
export default async function ReaderPage({ params }: Props) {
  const locale = await pageLocale(params)
  const reader = readerOf((await params).reader)
  if (!reader) return <NotFoundPage locale={locale} />
  const [t, site, s, topics, services] = await Promise.all([getTranslations('home'), getTranslations('site'), getTranslations('support'), listTopics(), listSupportServices()])
  const forReader = (list: { readers?: Reader[] | null }[]) => list.filter((x) => (x.readers ?? []).includes(reader))
  return (
    <PageFrame locale={locale} alternates={sameInEveryLocale((l) => paths.reader(l, reader), localeCodes)} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t(keys[reader].title) }]}>
      <h1>{t(keys[reader].title)}</h1>
      <p className="lead">{t(keys[reader].text)}</p>
      <TopicList topics={forReader(topics) as typeof topics} locale={locale} />
      <section aria-labelledby="support">
        <h2 id="support">{s('title')}</h2>
        <div className="service-grid">
          {(forReader(services) as typeof services).map((service) => (
            <SupportServiceCard key={service.id} service={service} locale={locale} />
          ))}
        </div>
        <p>
          <a href={`${paths.support(locale)}?who=${reader}`}>{s('filterTitle')}</a>
        </p>
      </section>
    </PageFrame>
  )
}
