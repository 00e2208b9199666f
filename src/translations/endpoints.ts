import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { isLocale, defaultLocale } from '@/i18n/locales'

import { sourceView } from './source'
import { isTranslatableCollection } from './translatable'

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const problem = (status: number, message: string) => json(status, { errors: [{ message }], message })

/** Staff who work on translations: editors, admins and translators. */
function translationStaff(req: PayloadRequest): boolean {
  return hasRole(req.user, 'admin', 'editor', 'translator')
}

export const translationEndpoints: Endpoint[] = [
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
      if (!isTranslatableCollection(collection)) return problem(400, 'Unknown collection: use topics, supportServices or brochures.')
      if (!Number.isInteger(id) || id <= 0) return problem(400, 'The id must be a positive whole number.')
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
]
