/** The support directory's addresses: the canonical query, the cached page's key, and "open now" by the minute. */
import { describe, expect, it } from 'vitest'

import { canonicalQuery, directoryKey, directoryTarget, forgetHoursChanges, parseDirectoryKey, rememberHoursChanges } from '@/supportServices/address'
import { clockAt, hoursChanges, isOpenAt, openPeriod, stockholmClock, weekMinute } from '@/supportServices/openNow'

const q = (s: string) => canonicalQuery(new URLSearchParams(s))

describe('the canonical query', () => {
  it('keeps known filters with known values, in one order, and drops the rest', () => {
    expect(q('open=now&who=worried')).toBe('?who=worried&open=now')
    expect(q('who=&about=&group=&language=&open=now')).toBe('?open=now')
    expect(q('who=nonsense&utm_source=tv&language=xx')).toBe('')
    expect(q('language=ar&language=fa&who=uses-violence')).toBe('?who=uses-violence&language=fa')
    expect(q('')).toBe('')
    const canonical = '?who=subjected&about=honour&group=children&language=so&open=24h'
    expect(q(canonical.slice(1))).toBe(canonical)
  })
})

describe('the cached page’s key', () => {
  it('names the filters, and for open now the stretch of the week', () => {
    expect(directoryKey({})).toBe('alla')
    expect(directoryKey({ who: 'worried', open: '24h' })).toBe('who-worried~open-24h')
    expect(directoryKey({ language: 'ar', open: 'now' }, 3000)).toBe('language-ar~open-now~t-3000')
  })
  it('reads back only what it made', () => {
    expect(parseDirectoryKey('alla')).toEqual({ filter: { who: undefined, about: undefined, group: undefined, language: undefined, open: undefined }, since: 0, daysOff: [] })
    expect(parseDirectoryKey('who-uses-violence~open-now~t-5580')?.filter).toMatchObject({ who: 'uses-violence', open: 'now' })
    expect(parseDirectoryKey('who-uses-violence~open-now~t-5580')?.since).toBe(5580)
    for (const bad of ['', 'x', 'who-nonsense', 'open-now', 'open-24h~t-5', 'open-now~who-worried~t-1', 'who-worried~who-worried', 'open-now~t-1.5', 'alla~who-worried', 'who-worried.open-now.t-0', 'who-worried_open-now_t-0']) {
      expect(parseDirectoryKey(bad), bad).toBeUndefined()
    }
  })
})

describe('open now, to the minute', () => {
  const wednesday = [{ days: ['wed'], opens: '10:07', closes: '10:09' }]
  const changes = hoursChanges([{ openingHours: wednesday }, { alwaysOpen: true, openingHours: [{ days: ['mon'], opens: '01:00', closes: '02:00' }] }])
  const wed = (hhmm: string) => weekMinute({ day: 'wed', minutes: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) })

  it('knows the minutes at which a service opens or closes (always-open ones never do)', () => {
    expect(changes).toEqual([wed('10:07'), wed('10:09')])
    expect(clockAt(wed('10:07'))).toEqual({ day: 'wed', minutes: 607 })
    expect(stockholmClock(new Date('2031-03-05T09:07:00Z'))).toEqual({ day: 'wed', minutes: 607, daysOff: [] })
  })

  it('splits the week where "open now" changes, wrapping around Sunday', () => {
    expect(openPeriod(changes, wed('10:06'))).toEqual({ start: wed('10:09'), minutesLeft: 1 })
    expect(openPeriod(changes, wed('10:07'))).toEqual({ start: wed('10:07'), minutesLeft: 2 })
    expect(openPeriod(changes, wed('10:08'))).toEqual({ start: wed('10:07'), minutesLeft: 1 })
    expect(openPeriod(changes, wed('10:09'))).toEqual({ start: wed('10:09'), minutesLeft: 7 * 1440 - 2 })
    expect(openPeriod(undefined, 42)).toEqual({ start: 42, minutesLeft: 1 })
    expect(openPeriod([], 42)).toEqual({ start: 0, minutesLeft: 7 * 1440 })
    // What a page shows for a stretch is what holds at every minute of it.
    for (const m of [wed('10:06'), wed('10:07'), wed('10:08'), wed('10:09'), wed('23:00')]) {
      expect(isOpenAt({ openingHours: wednesday }, clockAt(openPeriod(changes, m).start)), String(m)).toBe(isOpenAt({ openingHours: wednesday }, clockAt(m)))
    }
  })

  it('counts hours that close at or before they open as running past midnight into the next day', () => {
    const night = { openingHours: [{ days: ['fri', 'sat'], opens: '22:00', closes: '02:00' }] }
    const evening = { openingHours: [{ days: ['sun'], opens: '18:00', closes: '00:00' }] }
    const at = (day: string, hhmm: string) => ({ day, minutes: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) })
    for (const [clock, open] of [
      [at('fri', '21:59'), false], [at('fri', '22:00'), true], [at('fri', '23:59'), true], [at('sat', '00:00'), true], [at('sat', '01:59'), true],
      [at('sat', '02:00'), false], [at('sat', '22:30'), true], [at('sun', '01:30'), true], [at('sun', '02:00'), false], [at('thu', '23:00'), false],
    ] as const) expect(isOpenAt(night, clock), `${clock.day} ${clock.minutes}`).toBe(open)
    for (const [clock, open] of [[at('sun', '17:59'), false], [at('sun', '18:00'), true], [at('sun', '23:59'), true], [at('mon', '00:00'), false]] as const) {
      expect(isOpenAt(evening, clock), `${clock.day} ${clock.minutes}`).toBe(open)
    }
    // The week's changes wrap too: Saturday's 22:00–02:00 closes on Sunday at 02:00.
    expect(hoursChanges([night])).toEqual([at('sun', '02:00'), at('fri', '22:00'), at('sat', '02:00'), at('sat', '22:00')].map(weekMinute).sort((a, b) => a - b))
  })

  it('agrees, minute by minute over the week, with the hours laid out on a clock face', () => {
    // Random rows, overnight ones among them (a seeded generator, so a failure repeats).
    let seed = 7
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
    for (let round = 0; round < 40; round++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        days: dayNames.filter(() => next() < 0.4),
        opens: hhmm(Math.floor(next() * 96) * 15),
        closes: hhmm(Math.floor(next() * 96) * 15),
      }))
      // The oracle: mark every minute from each opening, for its length, on a week that wraps.
      const open = new Array<boolean>(7 * 1440).fill(false)
      for (const r of rows) {
        const [o, c] = [r.opens, r.closes].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)))
        for (const d of r.days) for (let m = o; m !== (c > o ? c : c + 1440); m++) open[(dayNames.indexOf(d) * 1440 + m) % (7 * 1440)] = true
      }
      const service = { openingHours: rows }
      const changes = hoursChanges([service])
      for (let m = 0; m < 7 * 1440; m += 15) {
        expect(isOpenAt(service, clockAt(m)), `round ${round}, minute ${m}: ${JSON.stringify(rows)}`).toBe(open[m])
        expect(isOpenAt(service, clockAt(openPeriod(changes, m).start)), `round ${round}, minute ${m}`).toBe(open[m])
      }
    }
  })

  it('lets caches keep an open-now page only until the minute it changes, never stale', () => {
    rememberHoursChanges(changes)
    // Wednesday 5 March 2031, 10:06:58 in Stockholm (CET): the service opens in two seconds.
    const before = directoryTarget({ open: 'now' }, new Date('2031-03-05T09:06:58Z'))
    expect(before.key).toBe(`open-now~t-${wed('10:09')}`)
    expect(before.cacheControl).toBe('public, s-maxage=1, must-revalidate')
    const opened = directoryTarget({ open: 'now' }, new Date('2031-03-05T09:07:00Z'))
    expect(opened.key).toBe(`open-now~t-${wed('10:07')}`)
    expect(opened.cacheControl).toBe('public, s-maxage=5, must-revalidate')
    expect(directoryTarget({ who: 'worried' }, new Date('2031-03-05T09:07:00Z'))).toEqual({ key: 'who-worried' })
    // Before the directory has been read in this process, or after a service changed: the current minute.
    forgetHoursChanges()
    expect(directoryTarget({ open: 'now' }, new Date('2031-03-05T09:08:30Z')).key).toBe(`open-now~t-${wed('10:08')}`)
  })
})
