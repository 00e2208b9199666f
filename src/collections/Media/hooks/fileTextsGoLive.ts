import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { canEditLocale, translatorPublishesInLocale } from '@/access/canEditLocale'
import { hasRole } from '@/access/roles'
import { adminT } from '@/i18n/adminText'

/**
 * A translator without "may publish" is refused a file's alt text and title (canChangeMedia), and
 * told why rather than just "not allowed": a file keeps no drafts, so the text would be live before
 * anyone reviewed it. The admin shows them the same words beside the read-only fields.
 */
export const fileTextsGoLive: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || (args as { overrideAccess?: boolean }).overrideAccess === true) return args
  if (!hasRole(req.user, 'translator') || !canEditLocale(req.user, req.locale) || translatorPublishesInLocale(req.user, req.locale)) return args
  const language = req.payload.config.localization ? req.payload.config.localization.locales.find((l) => l.code === req.locale)?.label : undefined
  throw new APIError(adminT(req.t)('custom:publishing:mediaLive', { language: typeof language === 'string' ? language : String(req.locale) }), 403, null, true)
}
