import type { MetadataRoute } from 'next'

import { listBrochures } from '@/brochures/queries'
import { availableIn, slugIn } from '@/content/localized'
import { variants } from '@/content/taxonomy'
import { localeCodes, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/site/metadata'
import { paths } from '@/site/paths'
import { hasVariant, listTopics } from '@/topics/queries'

// Built from the database on request (and cached with the content), never at build time.
export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

/** One entry per page and language, each listing the page in every language it exists in. */
function entries(byLocale: Partial<Record<Locale, string>>, lastModified?: string): Entry[] {
  const base = siteUrl()
  const languages = Object.fromEntries(Object.entries(byLocale).map(([l, p]) => [l, base + p]))
  return Object.values(byLocale).map((p) => ({ url: base + p, lastModified, alternates: { languages } }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const every = (build: (l: Locale) => string) => Object.fromEntries(localeCodes.map((l) => [l, build(l)])) as Partial<Record<Locale, string>>
  const [topics, brochures] = await Promise.all([listTopics(), listBrochures()])
  const out: Entry[] = [
    ...entries(every(paths.home)),
    ...entries(every(paths.children)),
    ...entries(every(paths.support)),
    ...entries(every(paths.safety)),
    ...entries(every(paths.accessibility)),
    ...['subjected', 'worried', 'uses-violence'].flatMap((r) => entries(every((l) => paths.reader(l, r)))),
  ]
  for (const topic of topics) {
    for (const { value: variant } of variants) {
      if (!hasVariant(topic, variant)) continue
      const langs = availableIn(topic[variant].title, localeCodes)
      out.push(...entries(Object.fromEntries(langs.map((l) => [l, paths.topic(l, variant, slugIn(topic, l)!)])), topic.updatedAt))
    }
  }
  for (const b of brochures) {
    const langs = availableIn(b.title, localeCodes)
    out.push(...entries(Object.fromEntries(langs.map((l) => [l, paths.brochure(l, slugIn(b, l)!)])), b.updatedAt))
  }
  return out
}
