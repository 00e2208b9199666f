import type { Access } from 'payload'

import { hasRole, roleOf } from './roles'

/** Communicators plan campaigns; editors and admins may too. Translators may not. */
export const canPlanCampaigns: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'communicator')

/** The plan is for staff only: anonymous readers see nothing but the live banners the site renders. */
export const staffOnly: Access = ({ req }) => roleOf(req.user) !== undefined
