/**
 * The events' own vocabularies. Public labels come from `messages/<locale>.json` (`events.audience.*`,
 * `events.signUp.*`); admin labels are here. Focus areas are the portal's (src/content/taxonomy.ts).
 */
import { cityTimeZone } from '@/site/timeZone'

/** Whom an event is for. */
export const audiences = [
  { value: 'older-people', label: { sv: 'Äldre', en: 'Older people' } },
  { value: 'parents', label: { sv: 'Föräldrar', en: 'Parents' } },
  { value: 'young-people', label: { sv: 'Unga', en: 'Young people' } },
  { value: 'professionals', label: { sv: 'Yrkesverksamma', en: 'Professionals' } },
  { value: 'everyone', label: { sv: 'Alla', en: 'Everyone' } },
] as const
export type Audience = (typeof audiences)[number]['value']

/** How to sign up. */
export const signUpMethods = [
  { value: 'none', label: { sv: 'Ingen anmälan, kom direkt', en: 'No sign-up, just come' } },
  { value: 'phone', label: { sv: 'Per telefon', en: 'By phone' } },
  { value: 'email', label: { sv: 'Per e-post', en: 'By e-mail' } },
  { value: 'link', label: { sv: 'Via en länk', en: 'Through a link' } },
] as const
export type SignUpMethod = (typeof signUpMethods)[number]['value']

/** Event times are wall-clock times in Malmö. */
export const zone = cityTimeZone
