import { APIError, Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { translatorMayPublish } from '@/access/canPublish'
import { hasRole } from '@/access/roles'
import { adminT } from '@/i18n/adminText'
import { isLocale } from '@/i18n/locales'

type PublishArgs = {
  draft?: boolean | string
  data?: { _status?: string }
  publishSpecificLocale?: string
  publishAllLocales?: boolean | string
  unpublishAllLocales?: unknown
}

const isTrue = (value: unknown) => value === true || value === 'true'

/**
 * Publishing makes one language live, never another language's pending draft with it
 * (payloadcms/payload#14672). Payload publishes every language of the latest draft unless it is
 * told `publishSpecificLocale`; so a publish that names neither that nor an explicit
 * `publishAllLocales=true` publishes the language it was made in, through REST, GraphQL (which has
 * neither argument), the Local API and the list's bulk publish alike. Other languages are published
 * one by one, each by choice (the admin's publish dialog, src/translations/publishing/PublishControl).
 *
 * A live save without a status (no `draft`, no `_status`) of a published document is such a publish
 * too. Left to Payload it would take the status of the newest version, which after a per-language
 * publish is the draft that keeps the other languages' pending changes, and unpublish the document.
 */
export const publishOnlyTheChosenLanguage: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const a = args as PublishArgs & { id?: number | string }
  if (a.publishSpecificLocale || isTrue(a.publishAllLocales) || isTrue(a.unpublishAllLocales)) return args
  let publishing = a.data?._status === 'published'
  if (!publishing && a.data && a.data._status === undefined && !isTrue(a.draft) && a.id !== undefined) {
    const current = await req.payload.db.findOne<{ id: number | string; _status?: string }>({ collection: collection.slug, where: { id: { equals: a.id } }, req })
    publishing = current?._status === 'published'
  }
  if (!publishing) return args
  if (!isLocale(req.locale)) throw new APIError(adminT(req.t)('custom:publishing:whichLanguage'), 400, null, true)
  return { ...args, data: { ...a.data, _status: 'published' }, publishSpecificLocale: req.locale }
}

/**
 * Translators save drafts. Writing the live document (publishing, or saving without `draft`) is
 * allowed only when an admin has let them publish, and only one of their own languages at a time
 * (Payload's `publishSpecificLocale`), so that nobody else's unpublished changes go live with it.
 * Restoring a version would rewrite every language, so translators never do it.
 */
export const translatorsPublishOnlyTheirLanguages: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!hasRole(req.user, 'translator') || (args as { overrideAccess?: boolean }).overrideAccess === true) return args
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  if (operation !== 'update') return args
  const a = args as PublishArgs
  const draft = isTrue(a.draft)
  const live = !draft || a.data?._status === 'published' || isTrue(a.publishAllLocales) || Boolean(a.unpublishAllLocales)
  if (!live) return args
  if (!translatorMayPublish(req.user, a.publishSpecificLocale) || isTrue(a.publishAllLocales) || a.unpublishAllLocales) throw new Forbidden(req.t)
  return args
}
