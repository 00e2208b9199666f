/**
 * Support services from ../shared/data/helplines.json (copied into the seed content when shared/ is
 * not beside the project, as in a Docker image). Numbers are never guessed: they come from that file.
 */
import fs from 'node:fs'
import path from 'node:path'

import { defaultLocale } from '@/i18n/locales'

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

const descriptions = (
  JSON.parse(fs.readFileSync(path.resolve(here, 'content/services.json'), 'utf8')) as {
    services: Record<string, { sv: string; en: string }>
  }
).services

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
    perLocale: {
      [defaultLocale]: { name: line.name, description: text?.sv, hours: alwaysOpen ? 'Dygnet runt' : undefined, otherLanguages: line.languages ? `${line.languages} språk` : undefined },
      en: { name: line.name, description: text?.en, hours: alwaysOpen ? 'Around the clock' : undefined, otherLanguages: line.languages ? `${line.languages} languages` : undefined },
    } as Record<string, { name: string; description?: string; hours?: string; otherLanguages?: string }>,
  }
}
