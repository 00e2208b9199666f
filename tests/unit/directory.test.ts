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
    expect(parseDirectoryKey('alla')).toEqual({ filter: { who: undefined, about: undefined, group: undefined, language: undefined, open: undefined }, since: 0 })
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
    expect(stockholmClock(new Date('2031-03-05T09:07:00Z'))).toEqual({ day: 'wed', minutes: 607 })
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
