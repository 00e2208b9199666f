/** Campaign schedules in Malmö time: recurrence, daylight saving, the live window, overlaps and gaps. */
import { describe, expect, it } from 'vitest'

import { matches, parseFilters, parseWheelOptions } from '@/campaigns/filters'
import { resolveKeyDate } from '@/campaigns/keyDates'
import { emptyMonths, isoWeek, liveCampaigns, overlaps, weeksOf, type PlannedCampaign } from '@/campaigns/planning'
import { instantOf, occurrenceAt, occurrencesInYear, rruleOf, scheduleProblem, wallTime, type Schedule } from '@/campaigns/schedule'
import { angleOfDay, assignLanes, clipToYear, sectorPath } from '@/campaigns/wheel/geometry'

const local = (y: number, m: number, d: number, hh = 0, mm = 0) => instantOf({ y, m, d, hh, mm })

/** Orange the World: 25 November to 10 December, whole days, every year. */
const orange: Schedule = { startsAt: local(2026, 11, 25), endsAt: local(2026, 12, 10), allDay: true, recurrence: 'yearly' }

describe('wall time in Europe/Stockholm', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(local(2026, 1, 15, 12).toISOString()).toBe('2026-01-15T11:00:00.000Z')
    expect(local(2026, 7, 15, 12).toISOString()).toBe('2026-07-15T10:00:00.000Z')
  })

  it('changes on the last Sunday of March and of October', () => {
    // 29 March 2026: 02:00 becomes 03:00. 25 October 2026: 03:00 becomes 02:00.
    expect(wallTime(new Date('2026-03-29T00:59:00Z'))).toMatchObject({ hh: 1, mm: 59 })
    expect(wallTime(new Date('2026-03-29T01:00:00Z'))).toMatchObject({ hh: 3, mm: 0 })
    expect(wallTime(new Date('2026-10-25T00:59:00Z'))).toMatchObject({ hh: 2, mm: 59 })
    expect(wallTime(new Date('2026-10-25T01:00:00Z'))).toMatchObject({ hh: 2, mm: 0 })
  })
})

describe('the live window', () => {
  it('is closed before the start, open from the first instant of the first day to the last instant of the last day', () => {
    expect(occurrenceAt(orange, new Date(local(2026, 11, 25).getTime() - 1))).toBeUndefined()
    expect(occurrenceAt(orange, local(2026, 11, 25))).toBeDefined()
    expect(occurrenceAt(orange, local(2026, 12, 10, 23, 59))).toBeDefined()
    expect(occurrenceAt(orange, local(2026, 12, 11))).toBeUndefined()
  })

  it('recurs next year on the same dates, and not the year before the first', () => {
    expect(occurrenceAt(orange, local(2027, 11, 30, 9))).toBeDefined()
    expect(occurrenceAt(orange, local(2027, 12, 11))).toBeUndefined()
    expect(occurrenceAt(orange, local(2025, 11, 30))).toBeUndefined()
    expect(occurrencesInYear(orange, 2031)).toMatchObject([{ firstDay: '2031-11-25', lastDay: '2031-12-10' }])
  })

  it('keeps a recurring campaign’s wall-clock time across daylight saving changes', () => {
    // Saturday 28 March 2026 18:00 (winter time) to Sunday 29 March 12:00 (summer time).
    const weekend: Schedule = { startsAt: local(2026, 3, 28, 18), endsAt: local(2026, 3, 29, 12), allDay: false, recurrence: 'yearly' }
    const [first] = occurrencesInYear(weekend, 2026)
    expect(first.start.toISOString()).toBe('2026-03-28T17:00:00.000Z')
    expect(first.end.toISOString()).toBe('2026-03-29T10:00:00.000Z')
    expect(first.end.getTime() - first.start.getTime()).toBe(17 * 3600_000) // one hour lost in the night
    // In 2027 the change is on 28 March: the campaign still runs 18:00 to 12:00 Malmö time.
    const [next] = occurrencesInYear(weekend, 2027)
    expect(next.start.toISOString()).toBe('2027-03-28T16:00:00.000Z')
    expect(next.end.toISOString()).toBe('2027-03-29T10:00:00.000Z')
    expect(occurrenceAt(weekend, new Date('2027-03-29T09:59:00Z'))).toBeDefined()
    expect(occurrenceAt(weekend, new Date('2027-03-29T10:00:00Z'))).toBeUndefined()
  })

  it('reads a wall time in the hour the autumn change repeats as the first of the two, and one the spring change skips an hour later (RFC 5545 §3.3.5)', () => {
    expect(local(2026, 10, 25, 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(local(2026, 10, 25, 3, 0).toISOString()).toBe('2026-10-25T02:00:00.000Z')
    expect(local(2026, 10, 25, 1, 59).toISOString()).toBe('2026-10-24T23:59:00.000Z')
    expect(local(2026, 3, 29, 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z')
  })

  it('starts a campaign entered in the repeated autumn hour at the instant entered, whichever of the two it is', () => {
    // 25 October 2026: 02:30 summer time is 00:30 UTC, 02:30 winter time an hour later.
    const first: Schedule = { startsAt: '2026-10-25T00:30:00.000Z', endsAt: '2026-10-25T05:00:00.000Z', allDay: false, recurrence: 'none' }
    expect(occurrenceAt(first, new Date('2026-10-25T00:30:00Z'))).toBeDefined()
    expect(occurrenceAt(first, new Date('2026-10-25T00:29:59Z'))).toBeUndefined()
    const second: Schedule = { ...first, startsAt: '2026-10-25T01:30:00.000Z' }
    expect(occurrenceAt(second, new Date('2026-10-25T01:29:59Z'))).toBeUndefined()
    expect(occurrenceAt(second, new Date('2026-10-25T01:30:00Z'))).toBeDefined()
    // The same as a yearly campaign: its first occurrence is as entered.
    expect(occurrencesInYear({ ...second, recurrence: 'yearly' }, 2026)[0].start.toISOString()).toBe('2026-10-25T01:30:00.000Z')
  })

  it('starts a yearly campaign at the first 02:30 in a later year whose autumn change falls on its day', () => {
    // 31 October 2026 is an ordinary Saturday (winter time); 31 October 2027 is the day the clocks go back.
    const night: Schedule = { startsAt: local(2026, 10, 31, 2, 30), endsAt: local(2026, 10, 31, 6), allDay: false, recurrence: 'yearly' }
    expect(occurrencesInYear(night, 2027)[0].start.toISOString()).toBe('2027-10-31T00:30:00.000Z')
    expect(occurrenceAt(night, new Date('2027-10-31T00:30:00Z'))).toBeDefined()
  })

  it('gives a whole day that contains the October change its 25 hours', () => {
    const day: Schedule = { startsAt: local(2026, 10, 25), endsAt: local(2026, 10, 25), allDay: true, recurrence: 'none' }
    const [o] = occurrencesInYear(day, 2026)
    expect(o.end.getTime() - o.start.getTime()).toBe(25 * 3600_000)
    expect(occurrenceAt(day, new Date('2026-10-25T22:59:00Z'))).toBeDefined()
    expect(occurrenceAt(day, new Date('2026-10-25T23:00:00Z'))).toBeUndefined()
  })

  it('crosses the new year: a Christmas campaign belongs to both years', () => {
    const christmas: Schedule = { startsAt: local(2026, 12, 14), endsAt: local(2027, 1, 6), allDay: true, recurrence: 'yearly' }
    expect(occurrencesInYear(christmas, 2027).map((o) => [o.firstDay, o.lastDay])).toEqual([
      ['2026-12-14', '2027-01-06'],
      ['2027-12-14', '2028-01-06'],
    ])
    expect(occurrenceAt(christmas, local(2028, 1, 3))).toBeDefined()
  })

  it('“the week of 25 November” is the Monday-to-Sunday week containing it, every year', () => {
    const week: Schedule = { startsAt: local(2026, 11, 25), endsAt: local(2026, 11, 25), allDay: true, recurrence: 'weekOf' }
    expect(rruleOf(week)).toBe('FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=19,20,21,22,23,24,25;BYDAY=MO')
    const byYear = [2026, 2027, 2028, 2029, 2030].map((y) => occurrencesInYear(week, y).map((o) => [o.firstDay, o.lastDay])[0])
    expect(byYear).toEqual([
      ['2026-11-23', '2026-11-29'],
      ['2027-11-22', '2027-11-28'],
      ['2028-11-20', '2028-11-26'],
      ['2029-11-19', '2029-11-25'],
      ['2030-11-25', '2030-12-01'],
    ])
    for (const [first] of byYear) expect(isoWeek(new Date(`${first}T00:00:00Z`))).toBe(isoWeek(new Date(`${first.slice(0, 4)}-11-25T00:00:00Z`)))
  })

  it('refuses schedules that cannot work', () => {
    expect(scheduleProblem({ startsAt: local(2026, 5, 2), endsAt: local(2026, 5, 1), allDay: true })).toBe('end-before-start')
    expect(scheduleProblem({ startsAt: local(2026, 5, 1, 12), endsAt: local(2026, 5, 1, 12), allDay: false })).toBe('end-before-start')
    expect(scheduleProblem({ startsAt: 'nonsense', endsAt: local(2026, 5, 1) })).toBe('invalid-date')
    expect(scheduleProblem({ startsAt: local(2026, 3, 3), endsAt: local(2026, 3, 3), allDay: true, recurrence: 'weekOf' })).toBe('week-of-needs-day-7')
    expect(scheduleProblem({ startsAt: local(2026, 1, 1), endsAt: local(2026, 12, 1), allDay: true, recurrence: 'yearly' })).toBe('too-long-to-recur')
    expect(scheduleProblem(orange)).toBeUndefined()
  })
})

const campaign = (id: number, over: Partial<PlannedCampaign>): PlannedCampaign => ({
  id,
  title: `C${id}`,
  status: 'planned',
  focusAreas: ['close-relationships'],
  targetGroups: ['subjected'],
  languages: ['sv'],
  channels: ['web-banner'],
  variant: 'adult',
  ...orange,
  ...over,
})

describe('the plan', () => {
  it('lists only campaigns with a live status as live', () => {
    const at = local(2026, 12, 1)
    const list = [campaign(1, {}), campaign(2, { status: 'idea' }), campaign(3, { status: 'cancelled' }), campaign(4, { status: 'done' }), campaign(5, { status: 'live' })]
    expect(liveCampaigns(list, at).map((c) => c.id)).toEqual([1, 5])
  })

  it('finds campaigns that hit the same target group in the same weeks', () => {
    const week = campaign(2, { startsAt: local(2026, 11, 25), endsAt: local(2026, 11, 25), recurrence: 'weekOf', targetGroups: ['subjected', 'relatives'] })
    const elsewhere = campaign(3, { startsAt: local(2026, 6, 1), endsAt: local(2026, 6, 7), recurrence: 'none' })
    const otherGroup = campaign(4, { targetGroups: ['older-people'] })
    const found = overlaps([campaign(1, {}), week, elsewhere, otherGroup], 2026)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ targetGroups: ['subjected'], weeks: ['2026-W48'] })
    expect([found[0].a.id, found[0].b.id]).toEqual([1, 2])
  })

  it('names the months in which a focus area or a language has no campaign', () => {
    const list = [campaign(1, { languages: ['sv', 'en'] }), campaign(2, { startsAt: local(2026, 3, 1), endsAt: local(2026, 3, 8), recurrence: 'yearly', focusAreas: ['honour'], languages: ['ar'] })]
    const focus = emptyMonths(list, 2026, (c) => c.focusAreas, ['close-relationships', 'honour', 'trafficking'] as const)
    expect(focus.find((g) => g.value === 'close-relationships')?.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(focus.find((g) => g.value === 'honour')?.months).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(focus.find((g) => g.value === 'trafficking')?.months).toHaveLength(12)
    const langs = emptyMonths(list, 2026, (c) => c.languages, ['sv', 'ar'] as const)
    expect(langs.find((g) => g.value === 'ar')?.months).not.toContain(3)
    // An idea fills no gap.
    const idea = emptyMonths([campaign(3, { status: 'idea' })], 2026, (c) => c.focusAreas, ['close-relationships'] as const)
    expect(idea[0].months).toHaveLength(12)
  })

  it('counts ISO weeks by their Thursday', () => {
    expect(isoWeek(new Date('2026-12-31T00:00:00Z'))).toBe('2026-W53')
    expect(isoWeek(new Date('2027-01-03T00:00:00Z'))).toBe('2026-W53')
    expect(isoWeek(new Date('2027-01-04T00:00:00Z'))).toBe('2027-W01')
    expect(weeksOf({ firstDay: '2026-11-29', lastDay: '2026-11-30' })).toEqual(['2026-W48', '2026-W49'])
  })
})

describe('filters', () => {
  const params = (q: string) => new URLSearchParams(q)
  it('reads known values and refuses unknown ones', () => {
    expect(parseFilters(params('focusArea=honour&language=ar&owner=3'))).toEqual({ ok: true, value: { focusArea: 'honour', language: 'ar', owner: 3 } })
    const bad = parseFilters(params('focusArea=nope&language=xx&owner=1%3B'))
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.errors).toHaveLength(3)
    expect(parseWheelOptions(params('year=20266'), 2026).ok).toBe(false)
    expect(parseWheelOptions(params('rings=colours'), 2026).ok).toBe(false)
    expect(parseWheelOptions(params(''), 2026)).toEqual({ ok: true, value: { year: 2026, rings: 'focusAreas' } })
  })

  it('matches campaigns on every filter at once', () => {
    const c = campaign(1, { targetGroups: ['older-people'], channels: ['event'], owner: 7 })
    expect(matches(c, { targetGroup: 'older-people', channel: 'event', owner: 7 })).toBe(true)
    expect(matches(c, { targetGroup: 'older-people', channel: 'film' })).toBe(false)
    expect(matches(c, { owner: 8 })).toBe(false)
  })
})

describe('key dates and the wheel’s geometry', () => {
  it('resolves fixed days, periods and ISO weeks for a year', () => {
    expect(resolveKeyDate({ name: '8 mars', date: '03-08' }, 2027)).toEqual({ name: '8 mars', firstDay: '2027-03-08', lastDay: '2027-03-08' })
    expect(resolveKeyDate({ name: 'Orange', date: '11-25', until: '12-10' }, 2027)).toMatchObject({ firstDay: '2027-11-25', lastDay: '2027-12-10' })
    expect(resolveKeyDate({ name: 'Vecka 48', date: 'week 48' }, 2026)).toMatchObject({ firstDay: '2026-11-23', lastDay: '2026-11-29' })
    expect(resolveKeyDate({ name: 'Skottdag', date: '02-29' }, 2027)).toBeUndefined()
  })

  it('puts 1 January at the top and 1 July half-way round (in a common year, day 181 of 365)', () => {
    expect(angleOfDay('2026-01-01', 2026)).toBe(0)
    expect(angleOfDay('2026-07-02', 2026)).toBeCloseTo((182 / 365) * 2 * Math.PI)
    expect(sectorPath({ x: 0, y: 0 }, 10, 20, 0, Math.PI / 2)).toBe('M0 -20A20 20 0 0 1 20 0L10 0A10 10 0 0 0 0 -10Z')
    expect(clipToYear('2025-12-20', '2026-01-06', 2026)).toEqual({ first: '2026-01-01', last: '2026-01-06' })
    expect(clipToYear('2027-01-01', '2027-01-06', 2026)).toBeUndefined()
  })

  it('sets overlapping campaigns side by side in lanes', () => {
    const lanes = assignLanes([
      { first: '2026-11-25', last: '2026-12-10' },
      { first: '2026-11-23', last: '2026-11-29' },
      { first: '2026-12-14', last: '2026-12-31' },
    ])
    expect(lanes.map((l) => [l.item.first, l.lane])).toEqual([
      ['2026-11-23', 0],
      ['2026-11-25', 1],
      ['2026-12-14', 0],
    ])
  })
})
