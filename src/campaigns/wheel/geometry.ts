/**
 * The wheel's geometry: a year as a circle, 1 January at the top, running clockwise. Pure
 * functions over Malmö calendar days (YYYY-MM-DD).
 */
export const daysInYear = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000

/** Day index (0-based) of a calendar day in its year. */
export function dayIndex(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000
}

/** Angle in radians of the start of a day (0 = top, clockwise). */
export const angleOfDay = (day: string, year: number) => (dayIndex(day) / daysInYear(year)) * 2 * Math.PI

/** Angle of the end of a day (the start of the next). */
export const angleAfterDay = (day: string, year: number) => ((dayIndex(day) + 1) / daysInYear(year)) * 2 * Math.PI

export interface Point {
  x: number
  y: number
}

export const polar = (c: Point, r: number, angle: number): Point => ({ x: c.x + r * Math.sin(angle), y: c.y - r * Math.cos(angle) })

const f = (n: number) => Math.round(n * 100) / 100

/** SVG path of a ring sector between two radii and two angles (clockwise from a0 to a1). */
export function sectorPath(c: Point, r0: number, r1: number, a0: number, a1: number): string {
  const span = Math.min(a1 - a0, 2 * Math.PI - 1e-4)
  const end = a0 + span
  const large = span > Math.PI ? 1 : 0
  const p1 = polar(c, r1, a0)
  const p2 = polar(c, r1, end)
  const p3 = polar(c, r0, end)
  const p4 = polar(c, r0, a0)
  return `M${f(p1.x)} ${f(p1.y)}A${r1} ${r1} 0 ${large} 1 ${f(p2.x)} ${f(p2.y)}L${f(p3.x)} ${f(p3.y)}A${r0} ${r0} 0 ${large} 0 ${f(p4.x)} ${f(p4.y)}Z`
}

/** Clip an occurrence's days to the year shown. */
export function clipToYear(firstDay: string, lastDay: string, year: number): { first: string; last: string } | undefined {
  const first = firstDay < `${year}-01-01` ? `${year}-01-01` : firstDay
  const last = lastDay > `${year}-12-31` ? `${year}-12-31` : lastDay
  return first <= last ? { first, last } : undefined
}

/**
 * Lanes within a ring so that campaigns overlapping in time sit side by side: each item gets the
 * first lane whose last item ended before it starts.
 */
export function assignLanes<T extends { first: string; last: string }>(items: T[]): { item: T; lane: number }[] {
  const lanesEnd: string[] = []
  const sorted = [...items].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0))
  return sorted.map((item) => {
    let lane = lanesEnd.findIndex((end) => end < item.first)
    if (lane === -1) lane = lanesEnd.length
    lanesEnd[lane] = item.last
    return { item, lane }
  })
}

export const f2 = f
