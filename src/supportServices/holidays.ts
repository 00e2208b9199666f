/**
 * The days on which a service with office hours is closed in Sweden: the public holidays of the law
 * (lag (1989:253) om allmänna helgdagar) and the eves that are days off in practice (påskafton,
 * midsommarafton, julafton, nyårsafton). "Open now" leaves out, on those days, the hours of a
 * service that is not marked open on holidays. Thirteen rules and Easter: a holiday library would
 * carry every country's calendar for them.
 */

/** Easter Sunday of a Gregorian year, as [month, day] (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): [number, number] {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return [month, day]
}

const ymd = (date: Date) => date.toISOString().slice(0, 10)
const day = (year: number, month: number, dayOfMonth: number) => new Date(Date.UTC(year, month - 1, dayOfMonth))
const plusDays = (date: Date, n: number) => new Date(date.getTime() + n * 86_400_000)
/** The first given weekday (0 Sunday … 6 Saturday) on or after a date. */
const weekdayFrom = (date: Date, weekday: number) => plusDays(date, (weekday - date.getUTCDay() + 7) % 7)

/** A year's days off, YYYY-MM-DD, with their Swedish names. */
export function swedishDaysOff(year: number): Map<string, string> {
  const easter = day(year, ...easterSunday(year))
  const midsummerDay = weekdayFrom(day(year, 6, 20), 6)
  const days: [Date, string][] = [
    [day(year, 1, 1), 'nyårsdagen'],
    [day(year, 1, 6), 'trettondedag jul'],
    [plusDays(easter, -2), 'långfredagen'],
    [plusDays(easter, -1), 'påskafton'],
    [easter, 'påskdagen'],
    [plusDays(easter, 1), 'annandag påsk'],
    [day(year, 5, 1), 'första maj'],
    [plusDays(easter, 39), 'Kristi himmelsfärdsdag'],
    [plusDays(easter, 49), 'pingstdagen'],
    [day(year, 6, 6), 'Sveriges nationaldag'],
    [plusDays(midsummerDay, -1), 'midsommarafton'],
    [midsummerDay, 'midsommardagen'],
    [weekdayFrom(day(year, 10, 31), 6), 'alla helgons dag'],
    [day(year, 12, 24), 'julafton'],
    [day(year, 12, 25), 'juldagen'],
    [day(year, 12, 26), 'annandag jul'],
    [day(year, 12, 31), 'nyårsafton'],
  ]
  return new Map(days.map(([date, name]) => [ymd(date), name]))
}

const byYear = new Map<number, Map<string, string>>()

/** Is this calendar day (YYYY-MM-DD) a day off in Sweden? */
export function isDayOff(date: string): boolean {
  const year = Number(date.slice(0, 4))
  let days = byYear.get(year)
  if (!days) byYear.set(year, (days = swedishDaysOff(year)))
  return days.has(date)
}

/** The calendar day before a YYYY-MM-DD. */
export const dayBefore = (date: string) => ymd(plusDays(new Date(`${date}T00:00:00Z`), -1))
