/** The demo content keeps the portal's rules: real numbers only, both variants, every language. */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { loadBrochure, loadTopics } from '@/seed'
import { loadHelplines, serviceData } from '@/seed/helplines'
import { phonePattern } from '@/content/phoneNumbers'

/**
 * The project's shared data lives in `shared/` beside the checkout (CI: `../shared`); a git worktree
 * sits deeper, so every folder above the checkout is tried. SHARED_DIR names it outright.
 */
function sharedHelplines(): string | undefined {
  if (process.env.SHARED_DIR) return path.join(process.env.SHARED_DIR, 'data/helplines.json')
  for (let dir = path.resolve(import.meta.dirname, '../../..'); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'shared/data/helplines.json')
    if (fs.existsSync(file)) return file
    if (dir === path.dirname(dir)) return undefined
  }
}

const confirmed = new Set(loadHelplines().filter((h) => h.status === 'confirmed').map((h) => h.phone))

describe('demo content', () => {
  const topics = loadTopics()

  it('has at least twelve topics covering all five focus areas', () => {
    expect(topics.length).toBeGreaterThanOrEqual(12)
    for (const area of ['close-relationships', 'honour', 'sexual', 'sex-for-compensation', 'trafficking']) {
      expect(topics.some((t) => t.focusArea === area), area).toBe(true)
    }
  })

  it('writes every topic in Swedish and English; the focus-area topics in all eleven languages', () => {
    for (const t of topics) expect(Object.keys(t.locales), t.key).toEqual(expect.arrayContaining(['sv', 'en']))
    const focus = topics.filter((t) => t.order <= 50)
    expect(focus).toHaveLength(5)
    for (const t of focus) expect(Object.keys(t.locales).sort(), t.key).toEqual([...localeCodes].sort())
    expect(Object.keys(loadBrochure().locales).sort()).toEqual([...localeCodes].sort())
  })

  it('gives every support service its name and description in all eleven languages', () => {
    // Proper names are the same in every language (the content guide); any other name says what the
    // service is ("Polisen", "SOS Alarm – nödnummer") and is translated.
    const properNames = ['Kvinnofridslinjen', 'Terrafem', 'Välj att sluta']
    for (const line of loadHelplines()) {
      const { perLocale } = serviceData(line)
      expect(Object.keys(perLocale).sort(), line.id).toEqual([...localeCodes].sort())
      for (const [locale, text] of Object.entries(perLocale)) {
        expect(text.description, `${line.id} ${locale}`).toBeTruthy()
        if (locale !== 'sv' && !properNames.includes(line.name)) expect(text.name, `${line.id} ${locale}`).not.toBe(line.name)
      }
    }
  })

  it('uses no phone number that is not a confirmed number in helplines.json', () => {
    const texts = [...topics.flatMap((t) => Object.values(t.locales).flatMap((l) => [l?.adult.body, l?.child?.body])), ...Object.values(loadBrochure().locales).map((b) => b?.body)]
    for (const text of texts) {
      for (const m of (text ?? '').matchAll(phonePattern)) expect(confirmed, m[0]).toContain(m[0])
    }
  })

  it('keeps the seed’s copy of helplines.json identical to shared/data', () => {
    const shared = sharedHelplines()
    expect(shared, 'shared/data/helplines.json beside the checkout (or above it), or SHARED_DIR').toBeDefined()
    const copy = path.resolve(import.meta.dirname, '../../src/seed/content/helplines.json')
    expect(fs.readFileSync(copy, 'utf8')).toBe(fs.readFileSync(shared!, 'utf8'))
  })
})
