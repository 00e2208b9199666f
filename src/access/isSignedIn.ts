import type { PayloadRequest } from 'payload'

import { roleOf } from './roles'

/** Any signed-in staff member with a known role (also usable as the admin-panel gate). */
export const isSignedIn = ({ req }: { req: PayloadRequest }): boolean => roleOf(req.user) !== undefined
