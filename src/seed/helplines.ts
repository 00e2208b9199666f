/**
 * Support services from ../shared/data/helplines.json (copied into the seed content when shared/ is
 * not beside the project, as in a Docker image). Numbers are never guessed: they come from that file.
 */
import fs from 'node:fs'
import path from 'node:path'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'

import { translationsFor } from './content'

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export interface Helpline {
  id: string
  name: string
  phone: string
  hours?: string
  audience: string[]
  free?: boolean
  anonymous?: boolean
  notOnBill?: boolean
  interpreters?: boolean
  languages?: string
  channels?: string[]
  status: 'confirmed' | 'verify'
  source: string
  note?: string
}

const here = import.meta.dirname
const candidates = [path.resolve(here, '../../../shared/data/helplines.json'), path.resolve(here, 'content/helplines.json')]

export function loadHelplines(): Helpline[] {
  const file = candidates.find((f) => fs.existsSync(f))
  if (!file) throw new Error('helplines.json not found (expected ../shared/data/helplines.json or src/seed/content/helplines.json)')
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { helplines: Helpline[] }).helplines
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.resolve(here, file), 'utf8')) as T

/**
 * Each service's description per language: sv and en in content/services.json, the other languages'
 * drafts in content/translations/<locale>/services.json (one file per translator, { id: text }).
 */
function loadDescriptions(): Record<string, Partial<Record<Locale, string>>> {
  const byId = readJson<{ services: Record<string, Partial<Record<Locale, string>>> }>('content/services.json').services
  for (const [locale, drafted] of Object.entries(translationsFor<Record<string, string>>('services')) as [Locale, Record<string, string>][]) {
    for (const [id, text] of Object.entries(drafted)) (byId[id] ??= {})[locale] ??= text
  }
  return byId
}
const descriptions = loadDescriptions()
const words = readJson<{
  aroundTheClock: Record<Locale, string>
  languages: Record<Locale, string>
  /** Names that say what the service is, per language; proper names are the same in every language. */
  names: Record<string, Partial<Record<Locale, string>>>
}>('content/serviceWords.json')

/** The helpline's audience words mapped onto the portal's readers and groups. */
function readersOf(audience: string[]) {
  const readers = new Set<string>()
  const groups = new Set<string>()
  for (const a of audience) {
    if (a === 'everyone') ['subjected', 'worried'].forEach((r) => readers.add(r))
    if (a === 'subjected') readers.add('subjected')
    if (a === 'relatives') readers.add('worried')
    if (a === 'uses-violence') readers.add('uses-violence')
    if (a === 'professionals') readers.add('professionals')
    if (a === 'children') {
      groups.add('children')
      groups.add('young-people')
      readers.add('subjected')
      readers.add('worried')
    }
  }
  return { readers: [...readers], groups: [...groups] }
}

function openingHours(hours?: string) {
  if (hours === 'weekdays 09–16') return [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Weekday[], opens: '09:00', closes: '16:00' }]
  return []
}

export function serviceData(line: Helpline) {
  const { readers, groups } = readersOf(line.audience)
  const alwaysOpen = line.hours === '24/7'
  const text = descriptions[line.id]
  return {
    base: {
      key: line.id,
      phone: line.phone,
      alwaysOpen,
      openingHours: alwaysOpen ? [] : openingHours(line.hours),
      free: Boolean(line.free),
      anonymous: Boolean(line.anonymous),
      notOnBill: Boolean(line.notOnBill),
      interpreters: Boolean(line.interpreters),
      readers: readers as never,
      groups: groups as never,
      scope: (line.id.startsWith('malmo') || line.id.includes('malmo') ? 'malmo' : 'national') as 'malmo' | 'national',
      source: line.source,
      website: undefined,
    },
    // Swedish always; another language only where its description has been written.
    perLocale: Object.fromEntries(
      localeCodes
        .filter((locale) => locale === defaultLocale || text?.[locale])
        .map((locale) => [
          locale,
          {
            // The Swedish name is helplines.json's; a proper name (no entry) stays as it is.
            name: (locale !== defaultLocale && words.names[line.id]?.[locale]) || line.name,
            description: text?.[locale],
            hours: alwaysOpen ? words.aroundTheClock[locale] : undefined,
            otherLanguages: line.languages ? words.languages[locale].replace('{n}', line.languages) : undefined,
          },
        ]),
    ) as Record<string, { name: string; description?: string; hours?: string; otherLanguages?: string }>,
  }
}
