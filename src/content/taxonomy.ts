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

/** Whom a film is made for. */
export const audiences = [
  { value: 'adults', label: { sv: 'Vuxna', en: 'Adults' } },
  { value: 'children', label: { sv: 'Barn', en: 'Children' } },
  { value: 'older-people', label: { sv: 'Äldre', en: 'Older people' } },
] as const
export type Audience = (typeof audiences)[number]['value']

/** Groups a support service is especially for. */
export const groups = [
  { value: 'children', label: { sv: 'Barn', en: 'Children' } },
  { value: 'young-people', label: { sv: 'Unga', en: 'Young people' } },
  { value: 'older-people', label: { sv: 'Äldre', en: 'Older people' } },
  { value: 'disability', label: { sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' } },
  { value: 'lgbtqi', label: { sv: 'hbtqi-personer', en: 'LGBTQI people' } },
] as const
export type Group = (typeof groups)[number]['value']

/** Whom a campaign is aimed at (the city's plans name these target groups). */
export const targetGroups = [
  { value: 'subjected', label: { sv: 'Våldsutsatta', en: 'People subjected to violence' } },
  { value: 'relatives', label: { sv: 'Anhöriga och närstående', en: 'Relatives and bystanders' } },
  { value: 'uses-violence', label: { sv: 'Personer som utövar våld', en: 'People who use violence' } },
  { value: 'children', label: { sv: 'Barn', en: 'Children' } },
  { value: 'young-people', label: { sv: 'Unga', en: 'Young people' } },
  { value: 'older-people', label: { sv: 'Äldre', en: 'Older people' } },
  { value: 'disability', label: { sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' } },
  { value: 'lgbtqi', label: { sv: 'hbtqi-personer', en: 'LGBTQI people' } },
  { value: 'professionals', label: { sv: 'Yrkesverksamma', en: 'Professionals' } },
  { value: 'staff', label: { sv: 'Medarbetare', en: 'Staff' } },
] as const
export type TargetGroup = (typeof targetGroups)[number]['value']

/** How a campaign reaches people. Only the web banner is shown by the portal itself. */
export const channels = [
  { value: 'web-banner', label: { sv: 'Webbanner', en: 'Web banner' } },
  { value: 'social-media', label: { sv: 'Sociala medier', en: 'Social media' } },
  { value: 'print', label: { sv: 'Tryck/affisch', en: 'Print/poster' } },
  { value: 'film', label: { sv: 'Film', en: 'Film' } },
  { value: 'event', label: { sv: 'Föreläsning eller evenemang', en: 'Lecture or event' } },
  { value: 'meeting-places', label: { sv: 'Mötesplatser', en: 'Meeting places' } },
] as const
export type Channel = (typeof channels)[number]['value']

/** A campaign's planning status. Ideas and cancelled campaigns never go live on the site. */
export const campaignStatuses = [
  { value: 'idea', label: { sv: 'Idé', en: 'Idea' } },
  { value: 'planned', label: { sv: 'Planerad', en: 'Planned' } },
  { value: 'production', label: { sv: 'I produktion', en: 'In production' } },
  { value: 'live', label: { sv: 'Pågår', en: 'Live' } },
  { value: 'done', label: { sv: 'Klar', en: 'Done' } },
  { value: 'cancelled', label: { sv: 'Inställd', en: 'Cancelled' } },
] as const
export type CampaignStatus = (typeof campaignStatuses)[number]['value']

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
