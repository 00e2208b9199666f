import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { isLocale, defaultLocale } from '@/i18n/locales'

import { canEditLocale } from '@/access/canEditLocale'
import { bodyWithin } from '@/site/requestBody'

import { buildExport, type ExportSelection } from './exchange/export'
import { ImportRefused, importXliff, maxImportBytes, parseLocale } from './exchange/import'
import { isPublishedPerLanguage, pendingLanguages } from './publishing/pending'
import { sourceView } from './source'
import { globalDocId, isGlobal, isTranslatable, type Translatable } from './translatable'
import { writeXliff } from './xliff'

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const problem = (status: number, message: string) => json(status, { errors: [{ message }], message })

/** Staff who work on translations: editors, admins and translators. */
function translationStaff(req: PayloadRequest): boolean {
  return hasRole(req.user, 'admin', 'editor', 'translator')
}

const tooLarge = () => new ImportRefused(413, `The file is larger than ${maxImportBytes / 1024 / 1024} MiB.`)
/** Room for a multipart form's boundaries and headers around the file. */
const formOverhead = 64 * 1024

/** The request body, up to `limit` bytes (bodyWithin); a larger one is refused with a 413. */
async function readLimited(body: ReadableStream<Uint8Array> | null | undefined, limit: number): Promise<Buffer> {
  const bytes = await bodyWithin(body, limit)
  if (!bytes) throw tooLarge()
  return bytes
}

/** The XLIFF text of an import request: the raw body, or the first file of a multipart form. */
async function readBody(req: PayloadRequest): Promise<string> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const bytes = await readLimited(req.body, maxImportBytes + formOverhead)
    const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData().catch(() => {
      throw new ImportRefused(400, 'The multipart form could not be read: send the file as a form field, or the XLIFF itself as the body.')
    })
    const file = [...form.values()].find((v): v is File => typeof v === 'object' && v !== null && 'text' in v)
    if (!file) throw new ImportRefused(400, 'The form has no file.')
    if (file.size > maxImportBytes) throw tooLarge()
    return file.text()
  }
  return new TextDecoder().decode(await readLimited(req.body, maxImportBytes))
}

export const translationEndpoints: Endpoint[] = [
  {
    // GET /api/translations/export?locale=fi&units=todo|all|selected&doc=topics:12&collection=topics&focusArea=honour
    path: '/translations/export',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return problem(401, 'Sign in first.')
      if (!translationStaff(req)) return problem(403, 'Only editors and translators export translations.')
      const q = req.searchParams
      const locale = parseLocale(q.get('locale'))
      if (!locale) return problem(400, 'Choose a target language: locale=fi, en, so, sr, bs, hr, pl, es, ar or fa.')
      if (!canEditLocale(req.user, locale)) return problem(403, `You do not translate into "${locale}".`)
      const units = (q.get('units') ?? 'todo') as ExportSelection
      if (!['todo', 'all', 'selected'].includes(units)) return problem(400, 'units must be todo, all or selected.')
      const docs: { collection: Translatable; id: number }[] = []
      for (const d of q.getAll('doc').flatMap((v) => v.split(','))) {
        const [collection, id] = d.split(':')
        if (!isTranslatable(collection) || !/^\d+$/.test(id ?? '') || (isGlobal(collection) && Number(id) !== globalDocId)) return problem(400, `Unknown document "${d}": use collection:id, e.g. topics:12 (a global: siteSettings:0).`)
        docs.push({ collection, id: Number(id) })
      }
      if (units === 'selected' && docs.length === 0) return problem(400, 'Tick at least one document to export, or export what is missing or outdated.')
      const collections = q.getAll('collection').filter(isTranslatable)
      const focusAreas = q.getAll('focusArea').filter(Boolean)
      const doc = await buildExport(req.payload, req, { locale, units, docs, collections, focusAreas })
      const date = new Date().toISOString().slice(0, 10)
      return new Response(writeXliff(doc), {
        headers: {
          'Content-Type': 'application/xliff+xml; charset=utf-8',
          'Content-Disposition': `attachment; filename="fri-fran-vald-sv-${locale}-${date}.xlf"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
  {
    // POST /api/translations/import?locale=fi[&dryRun=true], body: the XLIFF file
    path: '/translations/import',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return problem(401, 'Sign in first.')
      if (!translationStaff(req)) return problem(403, 'Only editors and translators import translations.')
      const locale = parseLocale(req.searchParams.get('locale'))
      if (!locale) return problem(400, 'Choose the target language of the file: locale=fi, en, so, sr, bs, hr, pl, es, ar or fa.')
      const declared = Number(req.headers.get('content-length') ?? 0)
      if (declared > maxImportBytes + formOverhead) return problem(413, tooLarge().message)
      const dryRun = ['1', 'true', 'yes'].includes(req.searchParams.get('dryRun') ?? '')
      try {
        const xml = await readBody(req)
        if (!xml.trim()) throw new ImportRefused(400, 'The file is empty.')
        return json(200, await importXliff(req.payload, req, xml, locale, dryRun))
      } catch (error) {
        if (error instanceof ImportRefused) return json(error.status, { message: error.message, errors: [{ message: error.message }], problems: error.problems })
        throw error
      }
    },
  },
  {
    // GET /api/translations/source?collection=topics&id=12&locale=fi
    path: '/translations/source',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return problem(401, 'Sign in first.')
      if (!translationStaff(req)) return problem(403, 'Only editors and translators see translation sources.')
      const q = req.searchParams
      const collection = q.get('collection')
      const id = Number(q.get('id'))
      const locale = q.get('locale')
      if (!isTranslatable(collection)) return problem(400, 'Unknown collection or global: use one that is translated, e.g. topics or siteSettings.')
      if (isGlobal(collection) ? id !== globalDocId : !Number.isInteger(id) || id <= 0) return problem(400, `The id must be a positive whole number (${globalDocId} for a global).`)
      if (!isLocale(locale) || locale === defaultLocale) return problem(400, 'The locale must be one of the ten target languages.')
      try {
        return json(200, await sourceView(req.payload, collection, id, locale, req))
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status === 404 || status === 403) return problem(404, 'No such document.')
        throw error
      }
    },
  },
  {
    // GET /api/translations/pending?collection=topics&id=12: the languages with unpublished changes
    path: '/translations/pending',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return problem(401, 'Sign in first.')
      if (!translationStaff(req)) return problem(403, 'Only editors and translators publish.')
      const collection = req.searchParams.get('collection')
      const id = Number(req.searchParams.get('id'))
      if (!isPublishedPerLanguage(collection)) return problem(400, 'Unknown collection: use topics, supportServices or brochures.')
      if (!Number.isInteger(id) || id <= 0) return problem(400, 'The id must be a positive whole number.')
      try {
        return json(200, { languages: await pendingLanguages(req, collection, id) })
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status === 404 || status === 403) return problem(404, 'No such document.')
        throw error
      }
    },
  },
]
