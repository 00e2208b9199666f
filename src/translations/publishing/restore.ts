import { APIError, headersWithCors, restoreVersionOperation, type CollectionBeforeOperationHook, type Endpoint, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import { hasLocalizedField } from '@/access/sharedFields'
import { adminT } from '@/i18n/adminText'

/**
 * Payload restores a version as it was saved, every language at once: restoring the newest draft
 * (the admin's only button for a draft version) writes every language's pending draft over the
 * published document and unpublishes it (tests/integration/publishRights.test.ts). So a restore is
 * a draft, like any other change: the editor then publishes the languages they choose in the publish
 * dialog. A restore that is not a draft is refused with the reason (GraphQL without `draft: true`,
 * the Local API with a user, which cannot ask for a draft).
 */
export const restoreOnlyAsDraft: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const a = args as { draft?: boolean; overrideAccess?: boolean }
  if (operation !== 'restoreVersion' || a.draft === true || a.overrideAccess === true) return args
  throw new APIError(adminT(req.t)('custom:publishing:restoreAsDraft'), 400, null, true)
}

/**
 * The admin's "Restore this version" (POST /api/<collection>/versions/<id>, `draft=false`) restores
 * as a draft; it is matched before Payload's own endpoint for the same path. Same answer as Payload's.
 */
const restoreAsDraftEndpoint = (slug: string): Endpoint => ({
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const collection = req.payload.collections[slug as keyof typeof req.payload.collections]
    const id = req.routeParams?.id
    if (typeof id !== 'string') throw new APIError('Not found.', 404, null, true)
    const depth = Number(req.query?.depth)
    const doc = await restoreVersionOperation({ id, collection, depth: Number.isFinite(depth) ? depth : undefined, draft: true, req })
    return Response.json({ ...doc, message: req.t('version:restoredSuccessfully') }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
})

/** A collection with drafts and translations: its languages are published one by one. */
export const publishedPerLanguage = (collection: SanitizedCollectionConfig) => Boolean(collection.versions?.drafts) && hasLocalizedField(collection.fields)

/** Every collection published per language restores as a draft only. Applied to the sanitized config. */
export function restoreAsDrafts(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections.filter(publishedPerLanguage)) {
    collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), restoreOnlyAsDraft]
    if (collection.endpoints !== false) collection.endpoints = [restoreAsDraftEndpoint(collection.slug), ...(collection.endpoints ?? [])]
  }
  return config
}
