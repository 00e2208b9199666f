import type { OpeningHours } from './queries'

const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** Weekday and minutes since midnight in Swedish time, whatever the server's time zone. */
export function stockholmClock(now: Date): { day: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  const day = get('weekday').toLowerCase().slice(0, 3)
  return { day: days.includes(day) ? day : 'mon', minutes: Number(get('hour')) * 60 + Number(get('minute')) }
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** Is a service open at this moment? Always-open services are; services without hours are not known to be. */
export function isOpenNow(service: { alwaysOpen?: boolean | null; openingHours?: OpeningHours[] | null }, now: Date): boolean {
  if (service.alwaysOpen) return true
  const { day, minutes } = stockholmClock(now)
  return (service.openingHours ?? []).some((h) => h.days.includes(day) && minutes >= toMinutes(h.opens) && minutes < toMinutes(h.closes))
}
