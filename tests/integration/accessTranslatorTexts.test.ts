/**
 * A translator translates campaign banners, site settings (footer), navigation labels, key date
 * names and alt texts in their own languages, as they translate topics, and nothing else: never
 * Swedish, never a language they do not hold, never a shared field (dates, addresses, campaign
 * settings), never a row added to, removed from or moved in a list. Campaigns and globals keep no
 * drafts, so a save is live: a translator saves them only in a language they may publish. Tried
 * through the Local API with access enforced and through the REST routes, reading the data again
 * after each refusal.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { mayUpdate } from '@/translations/exchange/access'
import { buildExport } from '@/translations/exchange/export'
import { importXliff } from '@/translations/exchange/import'
import { globalDocId } from '@/translations/translatable'
import { readXliff, writeXliff } from '@/translations/xliff'

import { getTestPayload, makeUser, refusal } from '../support/payload'

type Staff = User & { collection: 'users' }
type Row = { id: string; name: string; date: string; until?: string | null; source?: string | null }
type Link = { id: string; label: string; href: string }

let payload: Payload
let editor: Staff, somali: Staff, notPublishing: Staff
let somaliAuth: string
let campaignId: number, mediaId: number

const all = 'all' as Locale
const campaign = () => payload.findByID({ collection: 'campaigns', id: campaignId, locale: all, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, unknown> & { banner: { text: Record<string, string>; url: Record<string, string | null> } }>
const settings = () => payload.findGlobal({ slug: 'siteSettings', locale: all, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, unknown> & { footerText: Record<string, string> }>
const keyDates = async (locale: Locale = 'so') => ((await payload.findGlobal({ slug: 'keyDates', locale, fallbackLocale: false, depth: 0, overrideAccess: true })) as unknown as { dates: Row[] }).dates
const navigation = async (locale: Locale = 'so') => ((await payload.findGlobal({ slug: 'navigation', locale, fallbackLocale: false, depth: 0, overrideAccess: true })) as unknown as { footerLinks: Link[] }).footerLinks

/** A translator's save in a language, with access enforced. */
const asUser = (user: Staff, locale: string) => ({ user, locale: locale as Locale, overrideAccess: false as const, depth: 0 })

/** A request through the app's REST route, as Next hands it over. */
async function rest(method: 'POST' | 'PATCH', pathname: string, body: unknown, auth = somaliAuth): Promise<Response> {
  const url = new URL(pathname, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const handler = (method === 'POST' ? REST_POST(config) : REST_PATCH(config)) as (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  return handler(new Request(url, { method, headers: { Authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) }), { params: Promise.resolve({ slug }) })
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  somali = await makeUser(payload, 'translator', ['so', 'fi'])
  await payload.update({ collection: 'users', id: somali.id, overrideAccess: true, data: { mayPublish: true } })
  somali = { ...somali, mayPublish: true }
  notPublishing = await makeUser(payload, 'translator', ['so'])
  const { token } = await payload.login({ collection: 'users', data: { email: somali.email, password: 'correct-horse-battery' } })
  somaliAuth = `JWT ${token}`

  const made = await payload.create({
    collection: 'campaigns',
    locale: 'sv',
    overrideAccess: true,
    data: {
      title: 'Orange dagar',
      status: 'planned',
      startsAt: '2031-11-20T00:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      endsAt: '2031-11-27T00:00:00.000Z',
      endsAt_tz: 'Europe/Stockholm',
      recurrence: 'none',
      focusAreas: ['general'],
      targetGroups: ['subjected'],
      languages: ['sv', 'so'],
      channels: ['web-banner'],
      banner: { text: 'Du är inte ensam.', url: 'https://malmo.se/', priority: 5 },
    } as never,
  })
  campaignId = made.id
  await payload.updateGlobal({ slug: 'siteSettings', locale: 'sv', overrideAccess: true, data: { footerText: 'Om portalen.', emergencyNumber: '112', quickExitUrl: 'https://www.smhi.se/' } })
  await payload.updateGlobal({ slug: 'navigation', locale: 'sv', overrideAccess: true, data: { footerLinks: [{ label: 'Malmö stad', href: 'https://malmo.se/' }] } })
  await payload.updateGlobal({
    slug: 'keyDates',
    locale: 'sv',
    overrideAccess: true,
    data: { dates: [{ name: 'Internationella kvinnodagen', date: '03-08', source: 'FN' }, { name: 'Orange dagen', date: '11-25' }] },
  })
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#e76f51' } }).png().toBuffer()
  mediaId = (await payload.create({ collection: 'media', locale: 'sv', overrideAccess: true, data: { alt: 'En orange ruta.' }, file: { data: png, mimetype: 'image/png', name: `orange-${Date.now()}.png`, size: png.length } })).id
})

describe('a translator who may publish Somali', () => {
  it('saves the Somali banner text, footer text, link label, key date name and alt text, and Swedish stays', async () => {
    await payload.update({ collection: 'campaigns', id: campaignId, ...asUser(somali, 'so'), data: { banner: { text: 'Adiga keligaa ma tihid.' } } })
    await payload.updateGlobal({ slug: 'siteSettings', ...asUser(somali, 'so'), data: { footerText: 'Ku saabsan bogga.' } })
    const links = await navigation('sv')
    await payload.updateGlobal({ slug: 'navigation', ...asUser(somali, 'so'), data: { footerLinks: links.map((l) => ({ ...l, label: 'Magaalada Malmö' })) } })
    const rows = await keyDates('sv')
    await payload.updateGlobal({ slug: 'keyDates', ...asUser(somali, 'so'), data: { dates: rows.map((r, i) => ({ id: r.id, name: ['Maalinta Haweenka', 'Maalinta Orange'][i] })) } })
    await payload.update({ collection: 'media', id: mediaId, ...asUser(somali, 'so'), data: { alt: 'Sanduuq oranji ah.' } })

    expect((await campaign()).banner.text).toMatchObject({ sv: 'Du är inte ensam.', so: 'Adiga keligaa ma tihid.' })
    expect((await settings()).footerText).toMatchObject({ sv: 'Om portalen.', so: 'Ku saabsan bogga.' })
    expect((await navigation()).map((l) => [l.label, l.href])).toEqual([['Magaalada Malmö', 'https://malmo.se/']])
    expect((await navigation('sv')).map((l) => l.label)).toEqual(['Malmö stad'])
    expect((await keyDates()).map((r) => [r.id, r.name, r.date, r.source ?? null])).toEqual([
      [rows[0].id, 'Maalinta Haweenka', '03-08', 'FN'],
      [rows[1].id, 'Maalinta Orange', '11-25', null],
    ])
    expect((await keyDates('sv')).map((r) => r.name)).toEqual(['Internationella kvinnodagen', 'Orange dagen'])
    const media = (await payload.findByID({ collection: 'media', id: mediaId, locale: all, depth: 0, overrideAccess: true })) as unknown as { alt: Record<string, string> }
    expect(media.alt).toMatchObject({ sv: 'En orange ruta.', so: 'Sanduuq oranji ah.' })
  })

  it('is refused in Swedish and in a language they do not hold, and nothing changes', async () => {
    const before = { campaign: await campaign(), settings: await settings(), dates: await keyDates('sv'), links: await navigation('sv') }
    for (const locale of ['sv', 'ar', 'all']) {
      expect(await refusal(payload.update({ collection: 'campaigns', id: campaignId, ...asUser(somali, locale), data: { banner: { text: 'X' } } })), locale).toBe(403)
      expect(await refusal(payload.updateGlobal({ slug: 'siteSettings', ...asUser(somali, locale), data: { footerText: 'X' } })), locale).toBe(403)
      expect(await refusal(payload.updateGlobal({ slug: 'navigation', ...asUser(somali, locale), data: { footerLinks: before.links.map((l) => ({ ...l, label: 'X' })) } })), locale).toBe(403)
      expect(await refusal(payload.updateGlobal({ slug: 'keyDates', ...asUser(somali, locale), data: { dates: before.dates.map((r) => ({ id: r.id, name: 'X' })) } })), locale).toBe(403)
      expect(await refusal(payload.update({ collection: 'media', id: mediaId, ...asUser(somali, locale), data: { alt: 'X' } })), locale).toBe(403)
    }
    expect(await campaign()).toEqual(before.campaign)
    expect(await settings()).toEqual(before.settings)
    expect(await keyDates('sv')).toEqual(before.dates)
    expect(await navigation('sv')).toEqual(before.links)
  })

  it('cannot change a field that is not a text to translate: campaign dates and settings, banner address, numbers, a key date’s date, a link’s address', async () => {
    const before = { campaign: await campaign(), settings: await settings(), dates: await keyDates('so'), links: await navigation('so') }
    await payload.update({
      collection: 'campaigns',
      id: campaignId,
      ...asUser(somali, 'so'),
      data: {
        title: 'Stulen',
        status: 'cancelled',
        owner: somali.id,
        startsAt: '2031-01-01T00:00:00.000Z',
        endsAt: '2031-01-02T00:00:00.000Z',
        languages: ['so'],
        channels: ['social'],
        banner: { text: 'Adiga keligaa ma tihid!', url: 'https://example.org/', priority: 100 },
      } as never,
    })
    await payload.updateGlobal({ slug: 'siteSettings', ...asUser(somali, 'so'), data: { emergencyNumber: '999', quickExitUrl: 'https://example.org/', footerText: 'Ku saabsan bogga!' } })
    await payload.updateGlobal({ slug: 'keyDates', ...asUser(somali, 'so'), data: { dates: before.dates.map((r) => ({ id: r.id, name: r.name, date: '01-01', until: '01-02', source: 'stulen' })) } })
    await payload.updateGlobal({ slug: 'navigation', ...asUser(somali, 'so'), data: { footerLinks: before.links.map((l) => ({ id: l.id, label: l.label, href: 'https://example.org/' })) } })

    const after = await campaign()
    for (const key of ['title', 'status', 'owner', 'startsAt', 'endsAt', 'languages', 'channels']) expect(after[key], key).toEqual(before.campaign[key])
    expect(after.banner.url).toEqual(before.campaign.banner.url)
    expect((after.banner as unknown as { priority: number }).priority).toBe(5)
    expect(after.banner.text.so).toBe('Adiga keligaa ma tihid!')
    const s = await settings()
    expect([s.emergencyNumber, s.quickExitUrl, s.footerText.so]).toEqual(['112', 'https://www.smhi.se/', 'Ku saabsan bogga!'])
    expect(await keyDates('so')).toEqual(before.dates)
    expect(await navigation('so')).toEqual(before.links)
  })

  it('cannot add, remove or reorder key-date or footer-link rows (403, nothing written)', async () => {
    const dates = await keyDates('so')
    const links = await navigation('so')
    const tries = [
      [...dates.map((r) => ({ id: r.id, name: r.name })), { name: 'Ny dag', date: '05-01' }],
      dates.slice(0, 1).map((r) => ({ id: r.id, name: r.name })),
      [...dates].reverse().map((r) => ({ id: r.id, name: r.name })),
      [],
    ]
    for (const rows of tries) expect(await refusal(payload.updateGlobal({ slug: 'keyDates', ...asUser(somali, 'so'), data: { dates: rows } }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'navigation', ...asUser(somali, 'so'), data: { footerLinks: [...links, { label: 'Ny', href: 'https://example.org/' }] } }))).toBe(403)
    expect(await keyDates('so')).toEqual(dates)
    expect(await keyDates('sv')).toHaveLength(2)
    expect(await navigation('so')).toEqual(links)
    // An editor still changes the rows.
    await payload.updateGlobal({ slug: 'keyDates', ...asUser(editor, 'sv'), data: { dates: [...(await keyDates('sv')), { name: 'Barnens dag', date: '11-20' }] } })
    expect(await keyDates('sv')).toHaveLength(3)
  })

  it('imports the XLIFF units of a global and a campaign banner into Somali', async () => {
    const req = await createLocalReq({ user: somali as never }, payload)
    const file = readXliff(writeXliff(await buildExport(payload, req, { locale: 'so', units: 'selected', docs: [{ collection: 'keyDates', id: globalDocId }, { collection: 'siteSettings', id: globalDocId }, { collection: 'campaigns', id: campaignId }] })))
    const units = file.files.flatMap((f) => f.units)
    expect(units.map((u) => u.id.split(':')[0]).sort()).toEqual(['campaigns', 'keyDates', 'keyDates', 'keyDates', 'siteSettings'])
    for (const unit of units) if (unit.source.kind === 'text') unit.target = { kind: 'text', text: `SO ${unit.source.text}` }
    const report = await importXliff(payload, req, writeXliff(file), 'so', false)
    expect(report.refused).toEqual([])
    expect(report.accepted).toHaveLength(5)
    expect((await keyDates('so')).map((r) => r.name)).toEqual(['SO Internationella kvinnodagen', 'SO Orange dagen', 'SO Barnens dag'])
    expect((await settings()).footerText).toMatchObject({ sv: 'Om portalen.', so: 'SO Om portalen.' })
    expect((await campaign()).banner.text.so).toBe('SO Du är inte ensam.')
  })
})

describe('a translator of Somali without “may publish”', () => {
  it('saves no campaign or global: their save would go live unreviewed', async () => {
    const before = { campaign: await campaign(), settings: await settings(), dates: await keyDates('so') }
    expect(await refusal(payload.update({ collection: 'campaigns', id: campaignId, ...asUser(notPublishing, 'so'), data: { banner: { text: 'Y' } } }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'siteSettings', ...asUser(notPublishing, 'so'), data: { footerText: 'Y' } }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'keyDates', ...asUser(notPublishing, 'so'), data: { dates: before.dates.map((r) => ({ id: r.id, name: 'Y' })) } }))).toBe(403)
    expect(await campaign()).toEqual(before.campaign)
    expect(await settings()).toEqual(before.settings)
    expect(await keyDates('so')).toEqual(before.dates)
  })

  it('is told so by the access the dashboard and the XLIFF import ask, unit by unit', async () => {
    const req = await createLocalReq({ user: notPublishing as never }, payload)
    expect(await mayUpdate(payload, req, 'siteSettings', globalDocId, 'so')).toBe(false)
    expect(await mayUpdate(payload, req, 'topics', 1, 'so')).toBe(true)
    const publisherReq = await createLocalReq({ user: somali as never }, payload)
    expect(await mayUpdate(payload, publisherReq, 'siteSettings', globalDocId, 'so')).toBe(true)
    expect(await mayUpdate(payload, publisherReq, 'siteSettings', globalDocId, 'ar')).toBe(false)
    const file = readXliff(writeXliff(await buildExport(payload, publisherReq, { locale: 'so', units: 'selected', docs: [{ collection: 'siteSettings', id: globalDocId }] })))
    for (const unit of file.files.flatMap((f) => f.units)) if (unit.source.kind === 'text') unit.target = { kind: 'text', text: 'Y' }
    const report = await importXliff(payload, req, writeXliff(file), 'so', false)
    expect(report.accepted).toEqual([])
    expect(report.refused.map((r) => r.reason)).toEqual(['You may not change this setting.'])
    expect((await settings()).footerText.so).toBe('SO Om portalen.')
  })
})

describe('over REST', () => {
  it('a translator saves Somali texts, is refused Swedish and new rows, and shared fields stay', async () => {
    const ok = await rest('POST', '/api/globals/siteSettings?locale=so', { footerText: 'REST bogga.', emergencyNumber: '999' })
    expect(ok.status).toBe(200)
    expect(((await settings()).footerText as Record<string, string>).so).toBe('REST bogga.')
    expect((await settings()).emergencyNumber).toBe('112')
    expect((await rest('POST', '/api/globals/siteSettings?locale=sv', { footerText: 'Stulen.' })).status).toBe(403)
    expect((await rest('POST', '/api/globals/siteSettings?locale=en', { footerText: 'Stolen.' })).status).toBe(403)
    expect((await settings()).footerText.sv).toBe('Om portalen.')

    const dates = await keyDates('so')
    expect((await rest('POST', '/api/globals/keyDates?locale=so', { dates: [...dates.map((r) => ({ id: r.id, name: r.name })), { name: 'Ny', date: '05-01' }] })).status).toBe(403)
    expect((await rest('POST', '/api/globals/keyDates?locale=so', { dates: dates.map((r) => ({ id: r.id, name: `${r.name} (REST)`, date: '01-01' })) })).status).toBe(200)
    expect((await keyDates('so')).map((r) => [r.name, r.date])).toEqual(dates.map((r) => [`${r.name} (REST)`, r.date]))

    const banner = await rest('PATCH', `/api/campaigns/${campaignId}?locale=so`, { banner: { text: 'REST banner.', url: 'https://example.org/' }, startsAt: '2031-01-01T00:00:00.000Z' })
    expect(banner.status).toBe(200)
    const after = await campaign()
    expect(after.banner.text.so).toBe('REST banner.')
    expect(after.banner.url.so ?? null).toBe(null)
    expect(after.startsAt).toBe('2031-11-20T00:00:00.000Z')
    expect((await rest('PATCH', `/api/campaigns/${campaignId}?locale=sv`, { banner: { text: 'Stulen.' } })).status).toBe(403)
    expect((await campaign()).banner.text.sv).toBe('Du är inte ensam.')
  })
})

describe('over GraphQL', () => {
  const graphql = async (query: string) => {
    const handler = GRAPHQL_POST(config) as unknown as (req: Request) => Promise<Response>
    const res = await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { Authorization: somaliAuth, 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))
    return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] }
  }

  it('a translator changes the Somali footer text but not Swedish nor the emergency number', async () => {
    const before = await settings()
    const sv = await graphql('mutation { updateSiteSetting(locale: sv, data: { footerText: "GraphQL", emergencyNumber: "999", quickExitUrl: "https://example.org/" }) { footerText } }')
    // Refused by the access rule, not by the schema.
    expect(sv.errors, JSON.stringify(sv.errors)).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ statusCode: 403 }) })])
    const own = await graphql('mutation { updateSiteSetting(locale: so, data: { footerText: "GraphQL bogga.", emergencyNumber: "999", quickExitUrl: "https://example.org/" }) { footerText } }')
    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined()
    const after = await settings()
    expect(after.footerText).toMatchObject({ sv: before.footerText.sv, so: 'GraphQL bogga.' })
    expect([after.emergencyNumber, after.quickExitUrl]).toEqual(['112', 'https://www.smhi.se/'])
  })
})
