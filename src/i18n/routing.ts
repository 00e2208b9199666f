import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  // Always /{locale}/…, so that every page has one address per language.
  localePrefix: 'always',
  // A cookie would leave a trace of the visit on a shared phone.
  localeCookie: false,
  // hreflang alternates are written by each page, which knows its localized slugs.
  alternateLinks: false,
})
