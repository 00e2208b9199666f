import { describe, expect, it } from 'vitest'

import { splitPhoneNumbers } from '@/content/phoneNumbers'
import { slugify, slugPattern } from '@/content/slugify'
import { isOpenNow, stockholmClock } from '@/supportServices/openNow'
import { filterServices, parseFilter } from '@/supportServices/filter'
import type { SupportServiceCard } from '@/supportServices/queries'

describe('slugify', () => {
  it('folds Swedish letters and joins words', () => {
    expect(slugify('Våld i nära relation')).toBe('vald-i-nara-relation')
  })
  it('transliterates Serbian Cyrillic and keeps Arabic letters', () => {
    expect(slugify('Насиље у блиским односима')).toBe('nasilje-u-bliskim-odnosima')
    expect(slugify('العنف في العلاقات')).toBe('العنف-في-العلاقات')
    expect(slugPattern.test(slugify('Hedersrelaterat våld!'))).toBe(true)
  })
})

describe('phone numbers in text', () => {
  it('finds the portal’s numbers and nothing else', () => {
    const phones = splitPhoneNumbers('Ring 112, Kvinnofridslinjen 020-50 50 50, BRIS 116 111 eller polisen 114 14 år 2022.')
      .filter((p) => p.phone)
      .map((p) => p.text)
    expect(phones).toEqual(['112', '020-50 50 50', '116 111', '114 14'])
  })
})

describe('open now', () => {
  const weekdays = { openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '16:00' }] }
  it('reads the hours in Swedish time, also across daylight saving', () => {
    expect(isOpenNow(weekdays, new Date('2026-11-23T08:30:00Z'))).toBe(true) // Monday 09:30 CET
    expect(isOpenNow(weekdays, new Date('2026-11-23T07:30:00Z'))).toBe(false) // 08:30 CET
    expect(isOpenNow(weekdays, new Date('2026-06-15T07:30:00Z'))).toBe(true) // Monday 09:30 CEST
    expect(isOpenNow(weekdays, new Date('2026-11-22T10:00:00Z'))).toBe(false) // Sunday
    expect(isOpenNow({ alwaysOpen: true }, new Date('2026-11-22T03:00:00Z'))).toBe(true)
  })
})

describe('the directory’s filters', () => {
  const svc = (over: Partial<SupportServiceCard>): SupportServiceCard => ({ id: 1, name: { sv: 'x' }, scope: 'national', ...over })
  it('ignores unknown values rather than failing', () => {
    // Of a repeated parameter the last, as Next's routes read it.
    expect(parseFilter({ who: 'nonsense', language: 'xx', open: ['24h', 'now'] })).toEqual({ who: undefined, about: undefined, group: undefined, language: undefined, open: 'now' })
  })
  it('keeps services that match every chosen filter', () => {
    const list = [svc({ id: 1, readers: ['subjected'], alwaysOpen: true }), svc({ id: 2, readers: ['uses-violence'] })]
    const monday = stockholmClock(new Date('2026-11-23T08:30:00Z'))
    expect(filterServices(list, { who: 'subjected', open: '24h' }, monday).map((s) => s.id)).toEqual([1])
    expect(filterServices(list, {}, monday).map((s) => s.id)).toEqual([1, 2])
  })
})
