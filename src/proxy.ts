import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

/**
 * Locale routing for the public site: `/` goes to the best match of Accept-Language (else /sv),
 * paths without a locale get one. Sets no cookie. Never runs for the admin, the API or files.
 */
export default createMiddleware(routing)

export const config = {
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
