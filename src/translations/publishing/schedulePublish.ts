import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { PayloadRequest, ServerFunction } from 'payload'

import { translatorMayPublish } from '@/access/canPublish'
import { hasRole } from '@/access/roles'
import { adminT } from '@/i18n/adminText'

type Target = { type?: unknown; doc?: { relationTo?: unknown; value?: unknown } | null; global?: unknown; locale?: unknown }
type Args = { type?: 'publish' | 'unpublish'; deleteID?: number | string; doc?: Target['doc']; global?: string; localeToPublish?: string }

/**
 * May this user publish (or unpublish) the document a schedule is for, in its language? The same
 * rule as publishing now: the collection's update access in that language, and for translators
 * only "Publish in <language>" of their own language when an admin let them publish.
 */
async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  const locale = typeof target.locale === 'string' ? target.locale : undefined
  if (hasRole(req.user, 'translator') && (target.type === 'unpublish' || !translatorMayPublish(req.user, locale))) return false
  // No global is scheduled here; should one be, only editors and admins schedule it.
  if (target.global || !target.doc) return Boolean(target.global) && hasRole(req.user, 'admin', 'editor')
  const slug = String(target.doc.relationTo)
  const update = Object.hasOwn(req.payload.collections, slug) ? req.payload.collections[slug as 'topics'].config.access.update : undefined
  if (!update) return false
  const saved = req.locale
  // Publishing every language is checked as the Swedish source (editors and admins only).
  req.locale = (locale ?? (req.payload.config.localization || undefined)?.defaultLocale ?? saved) as typeof saved
  try {
    return Boolean(await update({ req, id: target.doc.value as never, data: { _status: 'published' } }))
  } finally {
    req.locale = saved
  }
}

/**
 * Payload's `schedule-publish` server function only checks that the caller may open the admin, and
 * deletes any scheduled job by id. This one first checks that the caller may publish what is
 * scheduled (for a cancellation: what the existing job would publish), then lets Payload do it.
 */
export const schedulePublishIfAllowed: ServerFunction<Args> = async (args) => {
  const { req, deleteID } = args
  const refused = { error: req.t('error:notAllowedToPerformAction') }
  if (deleteID !== undefined) {
    const { docs } = await req.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: 'schedulePublish' } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const input = docs[0]?.input as Target | undefined
    if (!input || !(await mayPublish(req, input))) return refused
    await req.payload.delete({ collection: 'payload-jobs', id: docs[0].id, overrideAccess: true, req })
    return { message: req.t('general:success') }
  }
  const type = args.type ?? 'publish'
  // "All locales" would publish, at that time, whatever drafts every language then has: a scheduled
  // publish names its language, like publishing now (src/translations/publishing/rules.ts).
  if (type === 'publish' && args.doc && !args.localeToPublish) return { error: adminT(req.t)('custom:publishing:scheduleWhichLanguage') }
  if (!(await mayPublish(req, { type, doc: args.doc, global: args.global, locale: args.localeToPublish }))) return refused
  return schedulePublishHandler(args as never)
}
