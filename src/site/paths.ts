import type { Locale } from '@/i18n/locales'
import type { Variant } from '@/content/taxonomy'

/**
 * Every public address in one place. Segments are the same in all languages (Swedish words, as the
 * portal is the City of Malmö's); the locale prefix tells the language.
 */
export const paths = {
  home: (l: Locale) => `/${l}`,
  children: (l: Locale) => `/${l}/barn`,
  topic: (l: Locale, variant: Variant, slug: string) =>
    variant === 'child' ? `/${l}/barn/amne/${encodeURIComponent(slug)}` : `/${l}/amne/${encodeURIComponent(slug)}`,
  /** The way in for one of the brochure's readers (I am being hurt / worried / hurting someone). */
  reader: (l: Locale, reader: string) => `/${l}/vem/${reader}`,
  support: (l: Locale) => `/${l}/stod`,
  search: (l: Locale) => `/${l}/sok`,
  brochure: (l: Locale, slug: string) => `/${l}/broschyr/${encodeURIComponent(slug)}`,
  safety: (l: Locale) => `/${l}/saker-surfning`,
  accessibility: (l: Locale) => `/${l}/tillganglighet`,
  feedback: (l: Locale) => `/${l}/kontakt`,
  events: (l: Locale) => `/${l}/evenemang`,
  event: (l: Locale, slug: string) => `/${l}/evenemang/${encodeURIComponent(slug)}`,
  /** An event's "add to calendar" file (src/events/ics.ts). */
  eventIcs: (l: Locale, slug: string) => `/${l}/evenemang/${encodeURIComponent(slug)}/kalender.ics`,
  films: (l: Locale) => `/${l}/film`,
  film: (l: Locale, slug: string) => `/${l}/film/${encodeURIComponent(slug)}`,
  /** A film's conversation material, made to be printed. */
  filmConversation: (l: Locale, slug: string) => `/${l}/film/${encodeURIComponent(slug)}/samtal`,
  /** A film's captions in one language (WebVTT); the prefix is the page's, `captions` the file's. */
  filmCaptions: (l: Locale, slug: string, captions: Locale) => `/${l}/film/${encodeURIComponent(slug)}/undertexter/${captions}.vtt`,
}

/** Alternates for a page whose path is the same in every language. */
export function sameInEveryLocale(build: (l: Locale) => string, locales: readonly Locale[]): Partial<Record<Locale, string>> {
  return Object.fromEntries(locales.map((l) => [l, build(l)]))
}
