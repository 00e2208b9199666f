/**
 * Demo content for a new install: support services from shared/data/helplines.json (confirmed
 * numbers published, the rest as drafts for an editor to verify), topics, the brochure and the site
 * settings. Runs on first start only (an empty database) and is idempotent item by item.
 */
import fs from 'node:fs'
import path from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { seedCampaigns } from '@/campaigns/seed'
import { seedEvents } from '@/events/seed'
import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { seedDemoReach } from '@/reach/seed'
import { now } from '@/site/clock'
import type { ReviewState } from '@/translations/reviewField'
import { withValueAt } from '@/translations/translatable'

import { seedFilms } from '@/films/seed'

import { contentDir, readJson, translationsFor } from './content'
import { loadHelplines, serviceData } from './helplines'
import { renderSampleImage, sampleImages } from './images'

interface VariantText { title: string; summary?: string; body?: string }
interface TopicLocale { slug: string; adult: VariantText; child: VariantText | null }
interface TopicFile {
  key: string
  focusArea: string
  audiences: string[]
  helplines: string[]
  order: number
  locales: Partial<Record<Locale, TopicLocale>>
}
interface BrochureLocale { slug: string; title: string; summary?: string; body?: string }

export function loadTopics(): TopicFile[] {
  const dir = path.join(contentDir, 'topics')
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson<TopicFile>(path.join(dir, f)))
    .map((t) => ({ ...t, locales: { ...translationsFor<TopicLocale>(t.key), ...t.locales } }))
    .sort((a, b) => a.order - b.order)
}

export function loadBrochure(): { key: string; locales: Partial<Record<Locale, BrochureLocale>> } {
  const b = readJson<{ key: string; locales: Partial<Record<Locale, BrochureLocale>> }>(path.join(contentDir, 'brochure.json'))
  return { ...b, locales: { ...translationsFor<BrochureLocale>('brochure'), ...b.locales } }
}

/** Swedish edits applied after the translations (see content/revisions.json). */
export function loadRevisions(): { topic: string; path: string; sv: string }[] {
  return readJson(path.join(contentDir, 'revisions.json'))
}

/** Source first, then the other languages in the list's order. */
function localeOrder<T>(locales: Partial<Record<Locale, T>>): [Locale, T][] {
  const entries = Object.entries(locales) as [Locale, T][]
  return entries.sort(([a], [b]) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : 0))
}

export async function seed(payload: Payload, { log = console.log, force = false } = {}) {
  const [topics, services] = await Promise.all([
    payload.count({ collection: 'topics', overrideAccess: true }),
    payload.count({ collection: 'supportServices', overrideAccess: true }),
  ])
  if (!force && (topics.totalDocs > 0 || services.totalDocs > 0)) return
  log('Seeding demo content (first run) …')

  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown?: string) => (markdown ? convertMarkdownToLexical({ editorConfig, markdown }) : undefined)

  // Support services: one per helpline; "verify" entries stay drafts until an editor checks them.
  const serviceIds = new Map<string, number | string>()
  for (const line of loadHelplines()) {
    const existing = await payload.find({ collection: 'supportServices', where: { key: { equals: line.id } }, draft: true, limit: 1, overrideAccess: true })
    const published = line.status === 'confirmed'
    const { base, perLocale } = serviceData(line)
    let id = existing.docs[0]?.id
    if (!id) {
      const created = await payload.create({
        collection: 'supportServices',
        overrideAccess: true,
        locale: defaultLocale,
        draft: !published,
        data: { ...base, ...perLocale.sv, _status: published ? 'published' : 'draft' },
      })
      id = created.id
      for (const [locale, data] of Object.entries(perLocale)) {
        if (locale === defaultLocale) continue
        await payload.update({ collection: 'supportServices', id, locale: locale as Locale, overrideAccess: true, draft: !published, publishAllLocales: published, data: { ...data, _status: published ? 'published' : 'draft' } })
      }
    }
    serviceIds.set(line.id, id)
  }

  const topicIds = new Map<string, number>()
  for (const topic of loadTopics()) {
    const sv = topic.locales.sv
    if (!sv) continue
    const existing = await payload.find({ collection: 'topics', where: { slug: { equals: sv.slug } }, locale: defaultLocale, draft: true, limit: 1, overrideAccess: true })
    if (existing.docs[0]) {
      topicIds.set(topic.key, existing.docs[0].id)
      continue
    }
    let id: number | undefined
    for (const [locale, text] of localeOrder(topic.locales)) {
      // Everything but the Swedish source is a machine draft until someone who reads the language approves it.
      const review: ReviewState = locale === defaultLocale ? 'approved' : 'needs-review'
      const data = {
        slug: text.slug,
        adult: { title: text.adult.title, summary: text.adult.summary, body: richText(text.adult.body), review },
        child: text.child ? { title: text.child.title, summary: text.child.summary, body: richText(text.child.body), review } : { title: null, summary: null, body: null },
        _status: 'published',
      } as const
      if (!id) {
        const created = await payload.create({
          collection: 'topics',
          locale,
          overrideAccess: true,
          data: {
            ...data,
            focusArea: topic.focusArea as never,
            readers: topic.audiences as never,
            order: topic.order,
            lastReviewed: new Date().toISOString(),
            supportServices: topic.helplines.map((h) => serviceIds.get(h)).filter((x): x is number => x !== undefined),
          },
        })
        id = created.id
        topicIds.set(topic.key, id)
      } else {
        await payload.update({ collection: 'topics', id, locale, overrideAccess: true, publishAllLocales: true, data: data as never })
      }
    }
  }

  // The seed writes every language live, with nothing pending to keep back: it says so
  // (`publishAllLocales`), as Payload did by default, instead of one language per save (src/translations/publishing/rules.ts).
  // Swedish edits made after the translations: those translations are outdated on the dashboard.
  for (const revision of loadRevisions()) {
    const id = topicIds.get(revision.topic)
    if (!id) continue
    const current = await payload.findByID({ collection: 'topics', id, locale: defaultLocale, depth: 0, overrideAccess: true })
    const group = revision.path.split('.')[0]
    const data = withValueAt(current as unknown as Record<string, unknown>, revision.path, revision.sv)
    await payload.update({ collection: 'topics', id, locale: defaultLocale, overrideAccess: true, publishAllLocales: true, data: { [group]: data[group] } })
  }

  // Sample illustrations, with alt text in every language, on the topics they belong to.
  for (const image of sampleImages) {
    const name = `${image.key}.png`
    const topicId = topicIds.get(image.topic)
    if (!topicId) continue
    const existing = await payload.find({ collection: 'media', where: { filename: { equals: name } }, limit: 1, overrideAccess: true })
    if (existing.docs[0]) continue
    const data = await renderSampleImage(image)
    const media = await payload.create({
      collection: 'media',
      locale: defaultLocale,
      overrideAccess: true,
      data: { alt: image.alt.sv, translationReview: 'approved' },
      file: { data, mimetype: 'image/png', name, size: data.length },
    })
    for (const [locale, alt] of Object.entries(image.alt)) {
      if (locale !== defaultLocale) await payload.update({ collection: 'media', id: media.id, locale: locale as Locale, overrideAccess: true, data: { alt, translationReview: 'needs-review' } })
    }
    await payload.update({ collection: 'topics', id: topicId, overrideAccess: true, data: { image: media.id } })
  }

  const brochure = loadBrochure()
  const firstBrochure = await payload.count({ collection: 'brochures', overrideAccess: true })
  if (firstBrochure.totalDocs === 0) {
    let id: number | undefined
    for (const [locale, text] of localeOrder(brochure.locales)) {
      const data = {
        title: text.title,
        slug: text.slug,
        summary: text.summary,
        body: richText(text.body),
        translationReview: locale === defaultLocale ? 'approved' : 'needs-review',
        _status: 'published',
      } as const
      if (!id) id = (await payload.create({ collection: 'brochures', locale, overrideAccess: true, data: data as never })).id
      else await payload.update({ collection: 'brochures', id, locale, overrideAccess: true, publishAllLocales: true, data: data as never })
      // The printed brochure in this language (made by scripts/generate-brochure-pdfs.ts).
      const file = path.join(contentDir, '..', 'assets', 'brochures', `${locale}.pdf`)
      if (fs.existsSync(file)) {
        const pdf = fs.readFileSync(file)
        const media = await payload.create({
          collection: 'media',
          locale,
          overrideAccess: true,
          data: { title: text.title },
          file: { data: pdf, mimetype: 'application/pdf', name: `brochure-${locale}.pdf`, size: pdf.length },
        })
        await payload.update({ collection: 'brochures', id, locale, overrideAccess: true, publishAllLocales: true, data: { pdf: media.id } })
      }
    }
  }

  await payload.updateGlobal({
    slug: 'siteSettings',
    overrideAccess: true,
    data: {
      emergencyNumber: '112',
      emergencyServices: ['emergency', 'kvinnofridslinjen', 'bris', 'valj-att-sluta', 'police']
        .map((k) => serviceIds.get(k))
        .filter((x): x is number => x !== undefined),
    },
  })
  // The footer's text is the interface's own (messages/<locale>.json), so that editors can rewrite it per language.
  for (const locale of localeCodes) {
    const footerText = readJson<{ footer: { about: string } }>(path.resolve(contentDir, '../../../messages', `${locale}.json`)).footer.about
    await payload.updateGlobal({
      slug: 'siteSettings',
      locale,
      overrideAccess: true,
      data: { footerText, translationReview: locale === defaultLocale ? 'approved' : 'needs-review' },
    })
  }
  await seedFilms(payload, { topics: topicIds, log })
  await seedCampaigns(payload, { topics: topicIds, services: serviceIds }, now())
  await seedEvents(payload, now())
  await seedDemoReach(payload, now())
  log('Demo content is in place.')
}
