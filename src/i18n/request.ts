import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { siteInterfaceOverrides } from '@/translations/interfaceOverrides'
import { withOverrides, type InterfaceOverride, type Tree } from '@/translations/interfaceStrings'

import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const messages = (await import(`../../messages/${locale}.json`)).default as Tree
  // Corrections made in the admin win over the file; without the database the file alone still serves.
  const overrides = await siteInterfaceOverrides(locale).catch((): InterfaceOverride[] => [])
  return { locale, messages: overrides.length ? withOverrides(messages, overrides) : messages }
})
