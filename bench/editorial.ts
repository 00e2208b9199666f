/**
 * Editorial scale: many topics, then the editors' and readers' operations timed through the real
 * app. The topics are generated directly in the database (a bulk copy of a demo topic into every
 * language and both variants, with their search rows, translation status and a version each): only generation is
 * done behind the app's back; everything measured goes through it.
 */
import pg from 'pg'

import { localeCodes } from '../src/i18n/locales'

import type { Target } from './measure'

export async function generateTopics(databaseUrl: string, count: number): Promise<number> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    await db.query('BEGIN')
    const template = (await db.query(`SELECT t.id FROM topics t JOIN topics_locales l ON l._parent_id = t.id AND l._locale = 'sv'
      WHERE t._status = 'published' AND l.adult_body IS NOT NULL AND l.child_title IS NOT NULL ORDER BY t.id LIMIT 1`)).rows[0]?.id as number
    if (!template) throw new Error('no published demo topic with both variants to copy')
    const ids = (await db.query(`INSERT INTO topics (focus_area, "order", _status) SELECT 'general', 1000 + g, 'published' FROM generate_series(1, $1) g RETURNING id`, [count])).rows.map((r) => r.id as number)
    await db.query(`INSERT INTO topics_locales (title, slug, adult_title, adult_summary, adult_body, child_title, child_summary, child_body, _locale, _parent_id)
      SELECT 'Ämne ' || t.id, 'bench-' || t.id || '-' || loc, 'Ämne ' || t.id || ' ' || s.adult_title, s.adult_summary, s.adult_body,
        'Ämne ' || t.id || ' ' || s.child_title, s.child_summary, s.child_body, loc::"_locales", t.id
      FROM unnest($1::int[]) AS t(id) CROSS JOIN unnest($2::text[]) AS loc
      JOIN topics_locales s ON s._parent_id = $3 AND s._locale = 'sv'`, [ids, localeCodes, template])
    await db.query(`INSERT INTO _topics_v (parent_id, version_focus_area, version_order, version_updated_at, version_created_at, version__status, latest)
      SELECT t.id, 'general', t."order", t.updated_at, t.created_at, 'published', true FROM topics t WHERE t.id = ANY($1)`, [ids])
    await db.query(`INSERT INTO _topics_v_locales (version_title, version_slug, version_adult_title, version_adult_summary, version_adult_body,
        version_child_title, version_child_summary, version_child_body, _locale, _parent_id)
      SELECT l.title, l.slug, l.adult_title, l.adult_summary, l.adult_body, l.child_title, l.child_summary, l.child_body, l._locale, v.id
      FROM _topics_v v JOIN topics_locales l ON l._parent_id = v.parent_id WHERE v.parent_id = ANY($1)`, [ids])
    await db.query(`INSERT INTO search_documents (collection, doc_id, locale, variant, lang, title, summary, body, slug, tsv)
      SELECT 'topics', t.id, loc, s.variant, loc, 'Ämne ' || t.id || ' ' || s.title, s.summary, s.body, 'bench-' || t.id || '-' || loc, s.tsv
      FROM unnest($1::int[]) AS t(id) CROSS JOIN unnest($2::text[]) AS loc
      JOIN search_documents s ON s.collection = 'topics' AND s.doc_id = $3 AND s.locale = 'sv'`, [ids, localeCodes, template])
    // Their translation status, as the save hooks would have kept it: the template's rows, per copy.
    await db.query(`INSERT INTO translation_status (collection, doc_id, scope, locale, title, focus_area, has_text, text_fingerprint, based_on, review, source_text, updated_at)
      SELECT 'topics', t.id, s.scope, s.locale, 'Ämne ' || t.id || ' ' || s.title, 'general', s.has_text, s.text_fingerprint, s.based_on, s.review, s.source_text, now()
      FROM unnest($1::int[]) AS t(id) JOIN translation_status s ON s.collection = 'topics' AND s.doc_id = $2`, [ids, template])
    await db.query('COMMIT')
    return ids[0]
  } catch (error) {
    await db.query('ROLLBACK')
    throw error
  } finally {
    await db.end()
  }
}

async function timed(run: () => Promise<Response>): Promise<number> {
  const start = performance.now()
  const res = await run()
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${res.url}: ${res.status}`)
  return performance.now() - start
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export interface EditorialResult {
  topicSaveMs: number
  searchMs: number
  sitemap: SitemapTimes
  translationDashboardMs: number | 'not available'
}

/** The sitemap index and each of its files: the first read after a save (cold), then cached (warm). */
export interface SitemapTimes {
  indexColdMs: number
  indexWarmMs: number
  files: number
  urls: number
  largestFileUrls: number
  slowestFileColdMs: number
  /** Which file that was. */
  slowestFile: string
  slowestFileWarmMs: number
}

async function measureSitemap(origin: string): Promise<SitemapTimes> {
  const path = (loc: string) => origin + new URL(loc).pathname
  const indexColdMs = await timed(() => fetch(`${origin}/sitemap.xml`))
  const indexWarm: number[] = []
  for (let i = 0; i < 5; i++) indexWarm.push(await timed(() => fetch(`${origin}/sitemap.xml`)))
  const files = [...(await (await fetch(`${origin}/sitemap.xml`)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => path(m[1]))
  const out = { indexColdMs: Math.round(indexColdMs), indexWarmMs: Math.round(median(indexWarm)), files: files.length, urls: 0, largestFileUrls: 0, slowestFileColdMs: 0, slowestFile: '', slowestFileWarmMs: 0 }
  for (const file of files) {
    const cold = await timed(() => fetch(file))
    const warm: number[] = []
    for (let i = 0; i < 3; i++) warm.push(await timed(() => fetch(file)))
    const urls = ((await (await fetch(file)).text()).match(/<url>/g) ?? []).length
    out.urls += urls
    out.largestFileUrls = Math.max(out.largestFileUrls, urls)
    if (cold > out.slowestFileColdMs) Object.assign(out, { slowestFileColdMs: Math.round(cold), slowestFile: new URL(file).pathname })
    out.slowestFileWarmMs = Math.max(out.slowestFileWarmMs, Math.round(median(warm)))
  }
  return out
}

/** Each figure is the median of five runs (the sitemap's cold figures: the first read after a save). */
export async function measureEditorial(origin: string, token: string, topicId: number, search: Target): Promise<EditorialResult> {
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  // The sitemap's routes once before the saves: loading their code is the server's start, not a change.
  for (const file of ['/sitemap.xml', '/sitemap-pages.xml']) await (await fetch(origin + file)).arrayBuffer()
  const saves: number[] = []
  for (let i = 0; i < 5; i++) {
    saves.push(await timed(() => fetch(`${origin}/api/topics/${topicId}?locale=sv`, { method: 'PATCH', headers: auth, body: JSON.stringify({ adult: { summary: `Sparad ${Date.now()}` }, _status: 'published' }) })))
  }
  const sitemap = await measureSitemap(origin)
  const searches: number[] = []
  // Words not searched for before, each a query of its own (the same words within 10 s share one).
  for (const words of ['hot', 'stöd', 'skydd', 'hjälp', 'rädd']) {
    const body = withWords(search, words)
    searches.push(await timed(() => fetch(search.url, { method: 'POST', headers: search.headers, body: new Uint8Array(body) })))
  }
  let translationDashboardMs: EditorialResult['translationDashboardMs'] = 'not available'
  const dashboard = `${origin}/admin/translations`
  // The JWT header, not the cookie: a cookie from a script without an Origin is not trusted when the
  // site has a SITE_URL, and the admin then answers 200 with a page that only sends you to sign in.
  const auth2 = { Authorization: `JWT ${token}` }
  const probe = await fetch(dashboard, { headers: auth2, redirect: 'manual' })
  // Only a page that has the matrix counts: anything else (not found, sign-in) is "not available".
  const available = probe.status === 200 && (await probe.text()).includes('translation-matrix')
  if (available) {
    const runs: number[] = []
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      const body = await (await fetch(dashboard, { headers: auth2 })).text()
      if (!body.includes('translation-matrix')) throw new Error('the translation dashboard answered without its matrix')
      runs.push(performance.now() - start)
    }
    translationDashboardMs = Math.round(median(runs))
  }
  return {
    topicSaveMs: Math.round(median(saves)),
    searchMs: Math.round(median(searches)),
    sitemap,
    translationDashboardMs,
  }
}

/**
 * The captured search request's body with other words: the script's form-encoded request, or the
 * server action's multipart body (the words as typed). Refuses a body where the words were not
 * found, which would measure the remembered answer to the captured words instead of a query.
 */
function withWords(search: Target, words: string): Buffer {
  const text = search.body!.toString('utf8')
  const type = Object.entries(search.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? ''
  let changed: string
  if (/x-www-form-urlencoded/i.test(type)) {
    const form = new URLSearchParams(text)
    form.set('q', words)
    changed = form.toString()
  } else {
    changed = text.replace('våld', words)
  }
  if (changed === text) throw new Error('the captured search request does not carry the words searched for')
  return Buffer.from(changed, 'utf8')
}
