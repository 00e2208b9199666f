import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { cityTimeZone } from '@/site/timeZone'
import { siteInterfaceOverrides } from '@/translations/interfaceOverrides'
import { withOverrides, type InterfaceOverride, type Tree } from '@/translations/interfaceStrings'

import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const messages = (await import(`../../messages/${locale}.json`)).default as Tree
  // Corrections made in the admin win over the file; without the database the file alone still serves.
  const overrides = await siteInterfaceOverrides(locale).catch((): InterfaceOverride[] => [])
  // The time zone named, not looked up: next-intl would make an Intl.DateTimeFormat on every request.
  return { locale, timeZone: cityTimeZone, messages: overrides.length ? merged(locale, messages, overrides) : messages }
})

/**
 * The messages with the admin's corrections, merged once for as long as the corrections are the
 * same instead of on every request.
 */
const mergedByLocale = new Map<string, { key: string; messages: Tree }>()
function merged(locale: string, messages: Tree, overrides: InterfaceOverride[]): Tree {
  const key = JSON.stringify(overrides)
  const kept = mergedByLocale.get(locale)
  if (kept?.key === key) return kept.messages
  const fresh = withOverrides(messages, overrides)
  mergedByLocale.set(locale, { key, messages: fresh })
  return fresh
}
