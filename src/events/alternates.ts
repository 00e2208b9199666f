import { availableIn } from '@/content/localized'
import { localeCodes, type Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'

import type { PublicEvent } from './types'

/** An event's page in each language it exists in: those with a title. */
export const eventAlternates = (event: Pick<PublicEvent, 'title' | 'slug'>) =>
  Object.fromEntries(availableIn(event.title, localeCodes).map((l) => [l, paths.event(l, event.slug)])) as Partial<Record<Locale, string>>
