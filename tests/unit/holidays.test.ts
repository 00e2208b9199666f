/** Sweden's days off (src/supportServices/holidays.ts) and "open now" on them. */
import { describe, expect, it } from 'vitest'

import { directoryTarget, parseDirectoryKey, rememberHoursChanges } from '@/supportServices/address'
import { dayBefore, easterSunday, isDayOff, swedishDaysOff } from '@/supportServices/holidays'
import { hoursChanges, isOpenAt, stockholmClock } from '@/supportServices/openNow'

describe('Sweden’s days off', () => {
  it('finds Easter Sunday as the church calendars give it', () => {
    for (const [year, date] of [[1943, '04-25'], [2019, '04-21'], [2024, '03-31'], [2025, '04-20'], [2026, '04-05'], [2027, '03-28'], [2028, '04-16'], [2038, '04-25'], [2285, '03-22']] as const) {
      const [m, d] = easterSunday(year)
      expect(`${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, String(year)).toBe(date)
    }
  })

  it('lists the public holidays and the eves, with the moving ones where the almanac has them', () => {
    // 2027, from the Swedish almanac: Easter 28 March, Midsummer Eve 25 June, All Saints' 6 November.
    expect([...swedishDaysOff(2027)]).toEqual([
      ['2027-01-01', 'nyårsdagen'], ['2027-01-06', 'trettondedag jul'], ['2027-03-26', 'långfredagen'], ['2027-03-27', 'påskafton'],
      ['2027-03-28', 'påskdagen'], ['2027-03-29', 'annandag påsk'], ['2027-05-01', 'första maj'], ['2027-05-06', 'Kristi himmelsfärdsdag'],
      ['2027-05-16', 'pingstdagen'], ['2027-06-06', 'Sveriges nationaldag'], ['2027-06-25', 'midsommarafton'], ['2027-06-26', 'midsommardagen'],
      ['2027-11-06', 'alla helgons dag'], ['2027-12-24', 'julafton'], ['2027-12-25', 'juldagen'], ['2027-12-26', 'annandag jul'], ['2027-12-31', 'nyårsafton'],
    ])
    // Midsummer and All Saints' are the Saturdays within 20–26 June and 31 October–6 November.
    expect(swedishDaysOff(2026).get('2026-06-20')).toBe('midsommardagen')
    expect(swedishDaysOff(2026).get('2026-10-31')).toBe('alla helgons dag')
    expect(isDayOff('2028-02-29')).toBe(false)
    expect(isDayOff('2028-04-14')).toBe(true)
    expect(dayBefore('2028-03-01')).toBe('2028-02-29')
    expect(dayBefore('2027-01-01')).toBe('2026-12-31')
  })
})

describe('"open now" on a day off', () => {
  const office = { openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '16:00' }] }
  const night = { openingHours: [{ days: ['thu', 'fri'], opens: '22:00', closes: '02:00' }] }
  const nightOnHolidays = { ...night, openOnHolidays: true }

  it('knows which of today and yesterday are days off, in Malmö time', () => {
    // Friday 1 January 2027, 09:30 in Malmö: New Year's Day.
    expect(stockholmClock(new Date('2027-01-01T08:30:00Z'))).toEqual({ day: 'fri', minutes: 570, daysOff: ['thu', 'fri'] })
    // Saturday 2 January 00:30: Friday night's hours are still running from a day off.
    expect(stockholmClock(new Date('2027-01-01T23:30:00Z'))).toEqual({ day: 'sat', minutes: 30, daysOff: ['fri'] })
    expect(stockholmClock(new Date('2027-01-05T08:30:00Z')).daysOff).toEqual([])
  })

  it('leaves out the hours that begin on a day off, unless the service is open on holidays', () => {
    const newYearsDay = stockholmClock(new Date('2027-01-01T08:30:00Z'))
    expect(isOpenAt(office, newYearsDay)).toBe(false)
    expect(isOpenAt({ ...office, openOnHolidays: true }, newYearsDay)).toBe(true)
    expect(isOpenAt(office, stockholmClock(new Date('2027-01-04T08:30:00Z')))).toBe(true)
    // New Year's Eve night (Thursday 22:00 to Friday 02:00): a night line marked open on holidays is.
    const newYearsNight = stockholmClock(new Date('2026-12-31T23:30:00Z'))
    expect(isOpenAt(night, newYearsNight)).toBe(false)
    expect(isOpenAt(nightOnHolidays, newYearsNight)).toBe(true)
    expect(isOpenAt({ alwaysOpen: true }, newYearsNight)).toBe(true)
  })

  it('names the days off in the cached page’s key, which the page reads back, and never keeps it past midnight', () => {
    rememberHoursChanges(hoursChanges([office]))
    const target = directoryTarget({ open: 'now' }, new Date('2027-01-01T08:30:00Z'))
    expect(target.key).toMatch(/^open-now~t-\d+~h-thufri$/)
    expect(parseDirectoryKey(target.key)?.daysOff).toEqual(['thu', 'fri'])
    expect(directoryTarget({ open: 'now' }, new Date('2027-01-04T08:30:00Z')).key).toMatch(/^open-now~t-\d+$/)
    // 23:59:58 on New Year's Day: the day off ends in two seconds, whatever the hours say.
    expect(directoryTarget({ open: 'now' }, new Date('2027-01-01T22:59:58Z')).cacheControl).toBe('public, s-maxage=1, must-revalidate')
    expect(parseDirectoryKey('open-now~t-10~h-fr')).toBeUndefined()
  })
})
