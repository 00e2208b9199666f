import type { Access } from 'payload'

import { translatorPublishesInLocale } from '@/access/canEditLocale'
import { hasRole, roleOf } from '@/access/roles'

/** Communicators plan campaigns; editors and admins may too. Translators may not. */
export const canPlanCampaigns: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'communicator')

/** Planners change the plan; a translator its texts (banner, key date names) in a language they publish. */
export const canPlanOrTranslate: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'communicator') || translatorPublishesInLocale(req.user, req.locale)

/** The plan is for staff only: anonymous readers see nothing but the live banners the site renders. */
export const staffOnly: Access = ({ req }) => roleOf(req.user) !== undefined
