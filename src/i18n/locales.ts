/**
 * THE list of the portal's languages. Payload's localization, next-intl's routing, `<html lang dir>`,
 * the language picker, search and the tests all read it. Adding a language: add it here, add
 * `messages/<code>.json`, and create a migration.
 *
 * The order is the order of the city's brochure "Är du hotad eller rädd för någon du känner?".
 * `textSearch` is the PostgreSQL text-search configuration for the language, where PostgreSQL has one.
 */
export const locales = [
  { code: 'sv', nativeName: 'Svenska', englishName: 'Swedish', dir: 'ltr', textSearch: 'swedish' },
  { code: 'fi', nativeName: 'Suomi', englishName: 'Finnish', dir: 'ltr', textSearch: 'finnish' },
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', textSearch: 'english' },
  { code: 'so', nativeName: 'Soomaali', englishName: 'Somali', dir: 'ltr', textSearch: 'simple' },
  { code: 'sr', nativeName: 'Српски', englishName: 'Serbian', dir: 'ltr', textSearch: 'serbian' },
  { code: 'bs', nativeName: 'Bosanski', englishName: 'Bosnian', dir: 'ltr', textSearch: 'simple' },
  { code: 'hr', nativeName: 'Hrvatski', englishName: 'Croatian', dir: 'ltr', textSearch: 'simple' },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', dir: 'ltr', textSearch: 'simple' },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr', textSearch: 'spanish' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', textSearch: 'arabic' },
  { code: 'fa', nativeName: 'فارسی', englishName: 'Persian', dir: 'rtl', textSearch: 'simple' },
] as const

export type LocaleInfo = (typeof locales)[number]
export type Locale = LocaleInfo['code']

export const localeCodes = locales.map((l) => l.code) as Locale[]
export const defaultLocale: Locale = 'sv'
/** Locales translated from the Swedish source. */
export const targetLocales = localeCodes.filter((c) => c !== defaultLocale)

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeInfo(code: Locale): LocaleInfo {
  return locales.find((l) => l.code === code)!
}

export function dirOf(code: Locale): 'ltr' | 'rtl' {
  return localeInfo(code).dir
}
