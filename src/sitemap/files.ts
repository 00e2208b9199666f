/**
 * The sitemap: an index (/sitemap.xml, named in robots.txt) of small files, so that no answer has to
 * list every address of 2,000 topics × 11 languages × 2 variants at once, its files at the root
 * (./address.ts). `pages.xml` holds the fixed
 * pages, brochures, films and public events; `topics-N.xml` the N-th block of topicsPerFile topics (by id) in every language
 * and variant, at most topicsPerFile × 22 addresses. Each file is made from its own query and kept
 * under the content's tags, so a publish refreshes what it changed and nothing else is made again.
 */
import { unstable_cache } from 'next/cache'

import { listBrochures } from '@/brochures/queries'
import { eventAlternates } from '@/events/alternates'
import { listPublicEvents } from '@/events/queries'
import { availableIn, slugIn, type AllLocales } from '@/content/localized'
import { variants } from '@/content/taxonomy'
import { filmAlternates, listFilms } from '@/films/site/queries'
import { localeCodes, type Locale } from '@/i18n/locales'
import { tags } from '@/site/cache'
import { hreflangAlternates, siteUrl } from '@/site/metadata'
import { paths } from '@/site/paths'
import { payloadClient } from '@/site/payload'

import { sitemapFilePath } from './address'
import { topicsPerFile } from './limits'
import { sitemapIndexXml, urlsetXml, type SitemapEntry } from './xml'

const published = { _status: { equals: 'published' } } as const

/** One entry per language of a page, each listing the page in every language it exists in (and x-default, as the page's head does). */
function entries(byLocale: Partial<Record<Locale, string>>, lastModified?: string): SitemapEntry[] {
  const base = siteUrl()
  const languages = hreflangAlternates(Object.fromEntries(Object.entries(byLocale).map(([l, p]) => [l, base + p])))
  return Object.values(byLocale).map((p) => ({ url: base + p, lastModified, languages }))
}

const every = (build: (l: Locale) => string) => Object.fromEntries(localeCodes.map((l) => [l, build(l)])) as Partial<Record<Locale, string>>

const topicFileCount = unstable_cache(
  async () => {
    const payload = await payloadClient()
    const { totalDocs } = await payload.count({ collection: 'topics', where: published })
    return Math.ceil(totalDocs / topicsPerFile)
  },
  ['sitemap:topic-files'],
  { tags: [tags.collection('topics')] },
)

/** The index: the addresses of every file of the sitemap. */
export const sitemapIndex = async () =>
  sitemapIndexXml(['pages.xml', ...Array.from({ length: await topicFileCount() }, (_, i) => `topics-${i + 1}.xml`)].map((f) => siteUrl() + sitemapFilePath(f)))

const pagesFile = unstable_cache(
  async () => {
    const out: SitemapEntry[] = [
      ...entries(every(paths.home)),
      ...entries(every(paths.children)),
      ...entries(every(paths.support)),
      ...entries(every(paths.events)),
      ...entries(every(paths.safety)),
      ...entries(every(paths.accessibility)),
      ...entries(every(paths.films)),
      ...['subjected', 'worried', 'uses-violence'].flatMap((r) => entries(every((l) => paths.reader(l, r)))),
    ]
    for (const b of await listBrochures()) {
      const langs = availableIn(b.title, localeCodes)
      out.push(...entries(Object.fromEntries(langs.map((l) => [l, paths.brochure(l, slugIn(b, l)!)])), b.updatedAt))
    }
    for (const e of await listPublicEvents()) out.push(...entries(eventAlternates(e), e.updatedAt))
    for (const film of await listFilms()) {
      out.push(...entries(filmAlternates(film, paths.film), film.updatedAt), ...entries(filmAlternates(film, paths.filmConversation), film.updatedAt))
    }
    return urlsetXml(out)
  },
  ['sitemap:pages'],
  { tags: [tags.collection('brochures'), tags.collection('events'), tags.collection('films')] },
)

interface TopicAddresses {
  id: number
  slug: AllLocales<string>
  updatedAt: string
  adult?: { title?: AllLocales<string> }
  child?: { title?: AllLocales<string> }
}

const topicsFile = (n: number) =>
  unstable_cache(
    async (): Promise<string | undefined> => {
      const payload = await payloadClient()
      // The block's ids first, then their addresses in every language: asked for in one query with
      // `locale: 'all'`, a later page got slower with every block before it (0.8 s for the 80th).
      const { docs: block } = await payload.find({ collection: 'topics', where: published, depth: 0, limit: topicsPerFile, page: n, sort: 'id', select: {} })
      if (block.length === 0) return undefined
      const { docs } = await payload.find({
        collection: 'topics',
        locale: 'all' as Locale,
        where: { id: { in: block.map((t) => t.id) } },
        depth: 0,
        pagination: false,
        sort: 'id',
        select: { slug: true, updatedAt: true, adult: { title: true }, child: { title: true } },
      })
      const out: SitemapEntry[] = []
      for (const topic of docs as unknown as TopicAddresses[]) {
        for (const { value: variant } of variants) {
          const langs = availableIn(topic[variant]?.title, localeCodes)
          out.push(...entries(Object.fromEntries(langs.map((l) => [l, paths.topic(l, variant, slugIn(topic, l)!)])), topic.updatedAt))
        }
      }
      return urlsetXml(out)
    },
    ['sitemap:topics', String(n)],
    { tags: [tags.collection('topics')] },
  )()

/** A file of the sitemap by its name; undefined for a name that is none. */
export async function sitemapFile(name: string): Promise<string | undefined> {
  if (name === 'pages.xml') return pagesFile()
  const n = /^topics-([1-9]\d{0,5})\.xml$/.exec(name)?.[1]
  return n ? topicsFile(Number(n)) : undefined
}
