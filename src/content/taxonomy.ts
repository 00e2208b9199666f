/**
 * The portal's fixed vocabularies. Public labels come from `messages/<locale>.json`
 * (`focusAreas.*`, `readers.*`, `groups.*`, `variants.*`); admin labels are here.
 */

/** The five focus areas of the city's plan "Fri från våld", plus general information. */
export const focusAreas = [
  { value: 'close-relationships', label: { sv: 'Våld i nära relation', en: 'Violence in close relationships' } },
  { value: 'honour', label: { sv: 'Hedersrelaterat våld och förtryck', en: 'Honour-related violence and oppression' } },
  { value: 'sexual', label: { sv: 'Sexuellt våld', en: 'Sexual violence' } },
  { value: 'sex-for-compensation', label: { sv: 'Sex mot ersättning', en: 'Sex for compensation' } },
  { value: 'trafficking', label: { sv: 'Människohandel', en: 'Human trafficking' } },
  { value: 'general', label: { sv: 'Allmänt', en: 'General' } },
] as const
export type FocusArea = (typeof focusAreas)[number]['value']

/** Whom a page speaks to: the brochure's three readers, and professionals. */
export const readers = [
  { value: 'subjected', label: { sv: 'Den som utsätts', en: 'Person subjected to violence' } },
  { value: 'worried', label: { sv: 'Den som är orolig för någon', en: 'Someone worried about another person' } },
  { value: 'uses-violence', label: { sv: 'Den som utövar våld', en: 'Person who uses violence' } },
  { value: 'professionals', label: { sv: 'Yrkesverksamma', en: 'Professionals' } },
] as const
export type Reader = (typeof readers)[number]['value']

/** Groups a support service is especially for. */
export const groups = [
  { value: 'children', label: { sv: 'Barn', en: 'Children' } },
  { value: 'young-people', label: { sv: 'Unga', en: 'Young people' } },
  { value: 'older-people', label: { sv: 'Äldre', en: 'Older people' } },
  { value: 'disability', label: { sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' } },
  { value: 'lgbtqi', label: { sv: 'hbtqi-personer', en: 'LGBTQI people' } },
] as const
export type Group = (typeof groups)[number]['value']

/**
 * Audience variants of a topic. Each becomes a group of localized fields on the topic and a route
 * prefix on the public site. Adding easy-read ("lättläst") is one entry here and a migration.
 */
export const variants = [
  { value: 'adult', segment: '', label: { sv: 'Vuxna', en: 'Adults' } },
  { value: 'child', segment: 'barn', label: { sv: 'Barn', en: 'Children' } },
] as const
export type Variant = (typeof variants)[number]['value']

export function options<T extends { value: string; label: { sv: string; en: string } }>(list: readonly T[]) {
  return list.map(({ value, label }) => ({ value, label: { ...label } }))
}
