/**
 * A realistic year of campaigns for Malmö, from the two action plans and the key dates in
 * helplines.json: recurring campaigns anchored in the year of the first start (so they appear every
 * year after), and one-off films and lectures in that year and the next. Banner texts in Swedish
 * and English here, the other languages' drafts in content/translations/<locale>/banners.json.
 * No phone numbers here: banners link to topics.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { CampaignStatus, Channel, FocusArea, TargetGroup, Variant } from '@/content/taxonomy'
import { localeCodes, type Locale } from '@/i18n/locales'
import { contentDir, readJson, translationsFor } from '@/seed/content'

import type { KeyDate } from './keyDates'
import { instantOf, yearOf, zone } from './schedule'

interface DemoCampaign {
  title: string
  purpose: string
  /** Days as [month, day] in the anchor year (offset 0) or the next (offset 1). */
  from: [number, number]
  to: [number, number]
  yearOffset?: 0 | 1
  /** The end falls in the following year (a campaign over the new year). */
  endsNextYear?: boolean
  times?: { from: string; to: string }
  recurrence: 'none' | 'yearly' | 'weekOf'
  status: CampaignStatus
  focusAreas: FocusArea[]
  targetGroups: TargetGroup[]
  variant?: Variant
  languages: Locale[] | 'all'
  channels: Channel[]
  topics?: string[]
  services?: string[]
  banner?: { sv: string; en: string; priority?: number }
}

export const demoCampaigns: DemoCampaign[] = [
  {
    title: 'Nolltolerans mot könsstympning (6 februari)',
    purpose: 'Uppmärksamma FN:s dag mot kvinnlig könsstympning och nå unga och yrkesverksamma med information om hedersrelaterat våld.',
    from: [2, 2],
    to: [2, 8],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['honour'],
    targetGroups: ['young-people', 'professionals'],
    languages: ['sv', 'en', 'so', 'ar'],
    channels: ['social-media', 'print'],
    topics: ['honour-related-violence'],
  },
  {
    title: '8 mars – Internationella kvinnodagen',
    purpose: 'Lyfta mäns våld mot kvinnor och var stödet finns, med aktiviteter i staden veckan före 8 mars.',
    from: [3, 2],
    to: [3, 8],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['close-relationships', 'sexual'],
    targetGroups: ['subjected', 'relatives'],
    languages: 'all',
    channels: ['web-banner', 'social-media', 'event'],
    topics: ['violence-close-relationships', 'sexual-violence'],
    services: ['kvinnofridslinjen'],
    banner: { sv: 'Internationella kvinnodagen: ingen ska behöva leva med våld. Här finns stöd.', en: 'International Women’s Day: no one should have to live with violence. Support is here.', priority: 50 },
  },
  {
    title: 'Hedersrelaterat våld inför sommarlovet',
    purpose: 'Inför sommarlovet: nå unga som riskerar att föras utomlands eller giftas bort, och yrkesverksamma i skolan.',
    from: [5, 25],
    to: [6, 21],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['honour'],
    targetGroups: ['young-people', 'professionals'],
    languages: ['sv', 'en', 'ar', 'fa', 'so'],
    channels: ['web-banner', 'social-media', 'print'],
    topics: ['honour-related-control-of-young-people', 'honour-related-violence'],
    banner: { sv: 'Orolig inför sommarlovet? Du har rätt att bestämma över ditt liv.', en: 'Worried about the summer holiday? You have the right to decide over your own life.', priority: 60 },
  },
  {
    title: 'Inför sommarlovet – för unga',
    purpose: 'Samma budskap som kampanjen om hedersrelaterat våld, på barnsidorna.',
    from: [6, 1],
    to: [6, 21],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['honour'],
    targetGroups: ['young-people', 'children'],
    variant: 'child',
    languages: ['sv', 'en', 'ar', 'so'],
    channels: ['web-banner'],
    topics: ['honour-related-control-of-young-people'],
    banner: { sv: 'Ska du resa i sommar och är orolig? Du kan få hjälp.', en: 'Travelling this summer and worried? You can get help.', priority: 60 },
  },
  {
    title: 'Äldre och våld – World Elder Abuse Awareness Day (15 juni)',
    purpose: 'Tillsammans med hälsa-, vård- och omsorgsförvaltningens mötesplatser och träffpunkter: information till äldre, anhöriga och personal.',
    from: [6, 10],
    to: [6, 16],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['close-relationships'],
    targetGroups: ['older-people', 'relatives', 'staff'],
    languages: ['sv', 'fi', 'en', 'bs', 'hr', 'sr', 'pl'],
    channels: ['meeting-places', 'event', 'print', 'web-banner'],
    topics: ['violence-against-older-people'],
    banner: { sv: 'Våld mot äldre finns. Det finns stöd – för dig och för den du är orolig för.', en: 'Violence against older people happens. There is support – for you and for someone you worry about.', priority: 40 },
  },
  {
    title: 'Världsdagen mot människohandel (30 juli)',
    purpose: 'Uppmärksamma människohandel och sex mot ersättning; nå yrkesverksamma och den som utsätts.',
    from: [7, 27],
    to: [8, 2],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['trafficking', 'sex-for-compensation'],
    targetGroups: ['subjected', 'professionals'],
    languages: ['sv', 'en', 'pl', 'es'],
    channels: ['web-banner', 'social-media'],
    topics: ['human-trafficking', 'sex-for-compensation'],
    banner: { sv: 'Världsdagen mot människohandel: ingen ska utnyttjas. Läs om stödet.', en: 'World Day against Trafficking in Persons: no one should be exploited. Read about support.', priority: 40 },
  },
  {
    title: 'Efter sommaren – stödet finns kvar',
    purpose: 'Toppen efter sommaren: fler söker hjälp när vardagen börjar igen.',
    from: [8, 17],
    to: [9, 13],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['close-relationships'],
    targetGroups: ['subjected', 'relatives'],
    languages: 'all',
    channels: ['web-banner', 'social-media', 'print'],
    topics: ['worried-about-someone'],
    banner: { sv: 'Har sommaren varit svår? Du kan få stöd nu.', en: 'Has the summer been hard? You can get support now.', priority: 30 },
  },
  {
    title: 'Föreläsningar på seniorträffpunkter',
    purpose: 'Föreläsningsturné om våld mot äldre på stadens träffpunkter för seniorer.',
    from: [9, 14],
    to: [10, 30],
    recurrence: 'none',
    status: 'done',
    focusAreas: ['close-relationships'],
    targetGroups: ['older-people', 'relatives'],
    languages: ['sv'],
    channels: ['event', 'meeting-places'],
    topics: ['violence-against-older-people'],
  },
  {
    title: 'Film: Tidiga tecken',
    purpose: 'Informationsfilm om tidiga tecken på våld i nära relation.',
    from: [10, 5],
    to: [10, 31],
    recurrence: 'none',
    status: 'done',
    focusAreas: ['close-relationships'],
    targetGroups: ['relatives', 'professionals'],
    languages: ['sv', 'en', 'ar'],
    channels: ['film', 'social-media'],
    topics: ['what-is-violence'],
  },
  {
    title: 'Barnkonventionens dag (20 november)',
    purpose: 'Barns rätt till ett liv utan våld, på barnsidorna.',
    from: [11, 16],
    to: [11, 22],
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['general'],
    targetGroups: ['children', 'young-people'],
    variant: 'child',
    languages: ['sv', 'en', 'ar', 'so', 'fa'],
    channels: ['web-banner', 'social-media'],
    topics: ['children-who-experience-violence'],
    banner: { sv: 'Alla barn har rätt att vara trygga. Det är aldrig ditt fel.', en: 'Every child has the right to be safe. It is never your fault.', priority: 50 },
  },
  {
    title: 'En vecka fri från våld',
    purpose: 'Den nationella kampanjveckan, veckan med 25 november.',
    from: [11, 25],
    to: [11, 25],
    recurrence: 'weekOf',
    status: 'planned',
    focusAreas: ['general', 'close-relationships'],
    targetGroups: ['subjected', 'relatives', 'professionals'],
    languages: 'all',
    channels: ['web-banner', 'event', 'social-media'],
    topics: ['what-is-violence', 'worried-about-someone'],
    banner: { sv: 'En vecka fri från våld: vet du vart du kan vända dig?', en: 'A week free from violence: do you know where to turn?', priority: 70 },
  },
  {
    title: 'En vecka fri från våld – för barn och unga',
    purpose: 'Kampanjveckan på barnsidorna.',
    from: [11, 25],
    to: [11, 25],
    recurrence: 'weekOf',
    status: 'planned',
    focusAreas: ['general'],
    targetGroups: ['children', 'young-people'],
    variant: 'child',
    languages: ['sv', 'en', 'ar', 'so', 'fa'],
    channels: ['web-banner'],
    topics: ['children-who-experience-violence'],
    banner: { sv: 'Händer det något hemma som gör dig rädd? Du kan prata med någon.', en: 'Is something happening at home that scares you? You can talk to someone.', priority: 70 },
  },
  {
    title: 'Orange the World – 16 dagars aktivism',
    purpose: 'FN:s kampanj från den internationella dagen för avskaffande av våld mot kvinnor (25 november) till 10 december. Byggnader lyses upp i orange.',
    from: [11, 25],
    to: [12, 10],
    recurrence: 'yearly',
    status: 'live',
    focusAreas: ['close-relationships', 'sexual'],
    targetGroups: ['subjected', 'relatives', 'uses-violence'],
    languages: 'all',
    channels: ['web-banner', 'social-media', 'print', 'event'],
    topics: ['violence-close-relationships', 'for-people-who-use-violence'],
    services: ['kvinnofridslinjen'],
    banner: { sv: 'Orange the World: 16 dagar mot våld mot kvinnor. Du är inte ensam – här finns stöd.', en: 'Orange the World: 16 days against violence against women. You are not alone – support is here.', priority: 80 },
  },
  {
    title: 'Jul och nyår – stöd under helgerna',
    purpose: 'Toppen kring jul: påminna om att stödet är öppet under helgerna.',
    from: [12, 14],
    to: [1, 6],
    endsNextYear: true,
    recurrence: 'yearly',
    status: 'planned',
    focusAreas: ['close-relationships'],
    targetGroups: ['subjected', 'children'],
    languages: 'all',
    channels: ['web-banner', 'social-media'],
    topics: ['safety-planning'],
    banner: { sv: 'Helgerna kan vara svåra. Stödet finns även under jul och nyår.', en: 'The holidays can be hard. Support is there over Christmas and New Year too.', priority: 60 },
  },
  {
    title: 'Film: Heder',
    purpose: 'Informationsfilm om hedersrelaterat våld och förtryck, med undertexter.',
    from: [2, 1],
    to: [2, 28],
    yearOffset: 1,
    recurrence: 'none',
    status: 'production',
    focusAreas: ['honour'],
    targetGroups: ['young-people', 'relatives'],
    languages: ['sv', 'en', 'ar', 'fa', 'so'],
    channels: ['film', 'social-media'],
    topics: ['honour-related-violence'],
  },
  {
    title: 'Föreläsning: Våld mot äldre – träffpunkt',
    purpose: 'Föreläsning och samtal på en seniorträffpunkt.',
    from: [3, 18],
    to: [3, 18],
    yearOffset: 1,
    times: { from: '14:00', to: '15:30' },
    recurrence: 'none',
    status: 'planned',
    focusAreas: ['close-relationships'],
    targetGroups: ['older-people'],
    languages: ['sv'],
    channels: ['event', 'meeting-places'],
    topics: ['violence-against-older-people'],
  },
  {
    title: 'Film: Vad händer vid en polisanmälan?',
    purpose: 'Informationsfilm som visar steg för steg vad som händer efter en polisanmälan.',
    from: [4, 6],
    to: [4, 30],
    yearOffset: 1,
    recurrence: 'none',
    status: 'planned',
    focusAreas: ['close-relationships', 'sexual'],
    targetGroups: ['subjected'],
    languages: ['sv', 'en', 'ar', 'fa', 'so', 'pl'],
    channels: ['film', 'social-media'],
    topics: ['reporting-to-the-police'],
  },
  {
    title: 'Film: Äldre',
    purpose: 'Informationsfilm om våld mot äldre, inför 15 juni.',
    from: [5, 25],
    to: [6, 16],
    yearOffset: 1,
    recurrence: 'none',
    status: 'planned',
    focusAreas: ['close-relationships'],
    targetGroups: ['older-people', 'staff'],
    languages: ['sv', 'fi', 'bs', 'hr', 'sr'],
    channels: ['film', 'meeting-places'],
    topics: ['violence-against-older-people'],
  },
  {
    title: 'Film: Hur bemöter jag någon som utsätts?',
    purpose: 'Informationsfilm för anhöriga och personal om hur man bemöter den som berättar.',
    from: [10, 4],
    to: [10, 31],
    yearOffset: 1,
    recurrence: 'none',
    status: 'idea',
    focusAreas: ['close-relationships'],
    targetGroups: ['relatives', 'staff', 'professionals'],
    languages: ['sv', 'en'],
    channels: ['film'],
    topics: ['worried-about-someone'],
  },
]

function loadKeyDates(): KeyDate[] {
  const data = readJson<{ keyDates?: KeyDate[] }>(path.join(contentDir, 'helplines.json'))
  return (data.keyDates ?? []).map((k) => ({ name: k.name, date: k.date, until: k.until ?? null, source: k.source ?? null }))
}

/**
 * Key date names per language, by date: Swedish and English in content/keyDates.json, the other
 * languages' drafts in content/translations/<locale>/keyDates.json. A date without a Swedish name
 * there keeps the name in helplines.json.
 */
function keyDateNames(): Partial<Record<Locale, Record<string, string>>> {
  const file = path.join(contentDir, 'keyDates.json')
  const names: Partial<Record<Locale, Record<string, string>>> = fs.existsSync(file) ? readJson(file) : {}
  return { ...names, ...translationsFor<Record<string, string>>('keyDates') }
}

/** The key dates in every language: the seeded drafts need review, the Swedish is the source. */
async function seedKeyDates(payload: Payload) {
  const names = keyDateNames()
  const dates = loadKeyDates().map((k) => ({ ...k, name: names.sv?.[k.date] ?? k.name }))
  const saved = await payload.updateGlobal({ slug: 'keyDates', locale: 'sv', overrideAccess: true, data: { dates, translationReview: 'approved' } })
  for (const locale of localeCodes) {
    if (locale === 'sv' || !names[locale]) continue
    const rows = (saved.dates ?? []).map((row) => ({ ...row, name: names[locale]?.[row.date] }))
    await payload.updateGlobal({ slug: 'keyDates', locale, overrideAccess: true, data: { dates: rows, translationReview: 'needs-review' } })
  }
}

const at = (y: number, [m, d]: [number, number], time = '00:00') => {
  const [hh, mm] = time.split(':').map(Number)
  return instantOf({ y, m, d, hh, mm }).toISOString()
}

/** The key dates and the demo campaigns, anchored in the year of `now`. */
export async function seedCampaigns(payload: Payload, ids: { topics: Map<string, number>; services: Map<string, number | string> }, now: Date) {
  await seedKeyDates(payload)
  const bannerDrafts = translationsFor<Record<string, string>>('banners')
  const year = yearOf(now)
  for (const c of demoCampaigns) {
    const y = year + (c.yearOffset ?? 0)
    const topicIds = (c.topics ?? []).map((k) => ids.topics.get(k)).filter((x): x is number => x !== undefined)
    const created = await payload.create({
      collection: 'campaigns',
      overrideAccess: true,
      locale: 'sv',
      data: {
        title: c.title,
        purpose: c.purpose,
        status: c.status,
        startsAt: at(y, c.from, c.times?.from),
        startsAt_tz: zone,
        endsAt: at(c.endsNextYear ? y + 1 : y, c.to, c.times?.to),
        endsAt_tz: zone,
        allDay: !c.times,
        recurrence: c.recurrence,
        focusAreas: c.focusAreas,
        targetGroups: c.targetGroups,
        variant: c.variant ?? 'adult',
        languages: c.languages === 'all' ? localeCodes : c.languages,
        channels: c.channels,
        topics: topicIds,
        supportServices: (c.services ?? []).map((k) => ids.services.get(k)).filter((x): x is number => typeof x === 'number'),
        banner: c.banner ? { text: c.banner.sv, topic: topicIds[0] ?? null, priority: c.banner.priority ?? 0, review: 'approved' } : undefined,
      },
    })
    if (!c.banner) continue
    for (const [locale, text] of Object.entries({ ...bannerTranslations(bannerDrafts, c.title), en: c.banner.en })) {
      // Machine drafts: someone who reads the language approves them.
      await payload.update({ collection: 'campaigns', id: created.id, locale: locale as Locale, overrideAccess: true, data: { banner: { text, review: 'needs-review' } } })
    }
  }
}

/** Drafted banner texts (content/translations/<locale>/banners.json, keyed by the campaign's title) of one campaign. */
function bannerTranslations(drafts: Partial<Record<Locale, Record<string, string>>>, title: string): Partial<Record<Locale, string>> {
  return Object.fromEntries(Object.entries(drafts).flatMap(([locale, byTitle]) => (byTitle?.[title] ? [[locale, byTitle[title]]] : [])))
}
