import type { AllLocales } from '@/content/localized'

import type { Audience, SignUpMethod } from './vocabulary'

/** A public event as the site reads it: every language at once (`locale: 'all'`). */
export interface PublicEvent {
  id: number
  slug: string
  title: AllLocales<string>
  description?: AllLocales<string> | null
  practical?: AllLocales<string> | null
  startsAt: string
  endsAt: string
  place: {
    venueName: string
    address: string
    directions?: AllLocales<string> | null
    accessibility?: AllLocales<string> | null
  }
  languages: string[]
  interpreter?: boolean | null
  audiences: Audience[]
  focusAreas?: string[] | null
  free?: boolean | null
  signUp?: { method?: SignUpMethod | null; phone?: string | null; email?: string | null; url?: string | null } | null
  organiser: string
  cancelled?: boolean | null
  updatedAt: string
}
