/** The key dates' rows in the admin are labelled with their own name and date, in the admin's language. */
import fs from 'node:fs'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import type { ArrayField } from 'payload'
import { describe, expect, it } from 'vitest'

import { KeyDates } from '@/campaigns/keyDates/global'
import { keyDateRowLabel } from '@/campaigns/keyDates/rowLabel'
import { adminI18n } from '@/i18n/admin'

const root = path.resolve(import.meta.dirname, '../..')
const i18nIn = (language: 'sv' | 'en' | 'ar' | 'rs') => initI18n({ config: adminI18n as never, context: 'api', language })

describe('a key date’s row label', () => {
  it('is our component, in the admin import map', () => {
    const dates = KeyDates.fields.find((f) => 'name' in f && f.name === 'dates') as ArrayField
    const component = dates.admin?.components?.RowLabel
    expect(component).toBe('@/campaigns/keyDates/RowLabel#KeyDateRowLabel')
    const importMap = fs.readFileSync(path.join(root, 'src/app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain(`"${component}":`)
    expect(fs.readFileSync(path.join(root, 'src/campaigns/keyDates/RowLabel.tsx'), 'utf8')).toMatch(/export function KeyDateRowLabel\b/)
  })

  it('names the date and when it is, in the admin’s language', async () => {
    const sv = await i18nIn('sv')
    const en = await i18nIn('en')
    expect(keyDateRowLabel({ name: 'Orange dagen', date: '11-25' }, 3, sv)).toEqual({ name: 'Orange dagen', when: '25 november' })
    expect(keyDateRowLabel({ name: 'Orange Day', date: '11-25' }, 3, en)).toEqual({ name: 'Orange Day', when: 'November 25' })
    expect(keyDateRowLabel({ name: 'Orange the World', date: '11-25', until: '12-10' }, 0, en).when).toMatch(/^November 25\s–\sDecember 10$/)
    expect(keyDateRowLabel({ name: 'Brottsofferveckan', date: 'week 7' }, 0, sv).when).toBe('vecka 7')
    // 29 February is a day of its own (the label shows no year).
    expect(keyDateRowLabel({ name: 'Skottdag', date: '02-29' }, 0, sv).when).toBe('29 februari')
    // Half-typed: what is there, as typed.
    expect(keyDateRowLabel({ name: '', date: '13-4' }, 0, sv)).toEqual({ name: undefined, when: '13-4' })
  })

  it('in Arabic and Serbian (Cyrillic) admins too, with their words and month names', async () => {
    const ar = await i18nIn('ar')
    const rs = await i18nIn('rs')
    const arabic = keyDateRowLabel({ name: 'Orange dagen', date: '11-25' }, 0, ar)
    expect(arabic.name).toBe('Orange dagen')
    expect(arabic.when).toBe(new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, 10, 25)))
    expect(arabic.when).toContain('نوفمبر')
    expect(keyDateRowLabel({ name: 'x', date: 'week 7' }, 0, ar).when).toBe('الأسبوع 7')
    expect(keyDateRowLabel({ name: 'x', date: '11-25' }, 0, rs).when).toMatch(/новембар/)
  })

  it('falls back to a numbered row in the admin’s language when it has neither name nor date', async () => {
    expect(keyDateRowLabel({ name: ' ', date: '' }, 2, await i18nIn('sv'))).toEqual({ fallback: 'Viktigt datum 03' })
    expect(keyDateRowLabel(undefined, 11, await i18nIn('en'))).toEqual({ fallback: 'Key date 12' })
    expect(keyDateRowLabel({}, 0, await i18nIn('ar'))).toEqual({ fallback: 'تاريخ مهم 01' })
  })
})
