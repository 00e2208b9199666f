/**
 * The årshjul as one self-contained SVG document: the admin view embeds it, the export endpoints
 * send it as SVG or (through sharp) PNG. No script: details show on hover and keyboard focus by
 * CSS, each campaign arc is a link to the campaign.
 */
import { isoWeek } from '../planning'
import type { ResolvedKeyDate } from '../keyDates'

import { angleAfterDay, angleOfDay, assignLanes, clipToYear, daysInYear, f2, polar, sectorPath, type Point } from './geometry'

export interface WheelArc {
  id: number
  title: string
  firstDay: string
  lastDay: string
  status: string
  statusLabel: string
  /** Lines shown in the detail box (dates, owner, target groups, ...). */
  details: string[]
  href: string
  rings: string[]
}

export interface WheelData {
  year: number
  title: string
  /** Today's date when the year shown is the current one. */
  today?: string
  todayLabel: string
  monthNames: string[]
  weekLabel: string
  rings: { value: string; label: string }[]
  arcs: WheelArc[]
  keyDates: ResolvedKeyDate[]
  /** Events: a mark on the rim on their day, a link to the event. */
  events?: { id: number; day: string; href: string; label: string }[]
  /** Months (1-12) in which a ring has no campaign. */
  emptyMonths: Record<string, number[]>
  emptyLabel: (ring: string, month: number) => string
  /** Weeks in which campaigns hit the same target group, with a description. */
  overlaps: { firstDay: string; lastDay: string; text: string }[]
  overlapLabel: string
  /** Per month (1-12): the languages without any campaign, said on a mark by the month's name. */
  languageGaps: Record<number, string[]>
  languageGapLabel: (month: number, languages: string[]) => string
}

/** Status colours: each has at least 3:1 contrast against white (WCAG 1.4.11). */
export const statusColours: Record<string, string> = {
  idea: '#6f777b',
  planned: '#1d70b8',
  production: '#912b88',
  live: '#00703c',
  done: '#505a5f',
  cancelled: '#d4351c',
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const size = 1000
const c: Point = { x: size / 2, y: size / 2 }
const R = { monthOuter: 495, monthInner: 455, weekOuter: 452, weekInner: 432, keyDate: 422, event: 414, ringsOuter: 410, ringsInner: 150, overlapOuter: 142, overlapInner: 128, hub: 120 }

export function wheelSvg(d: WheelData): string {
  const out: string[] = []
  const yearDays = daysInYear(d.year)
  const ringWidth = (R.ringsOuter - R.ringsInner) / Math.max(d.rings.length, 1)
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" class="wheel" role="group" aria-labelledby="wheel-title" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="wheel-title">${esc(d.title)}</title>`,
    '<style>.wheel__detail{display:none}.wheel__arc:hover .wheel__detail,.wheel__arc:focus .wheel__detail{display:inline}.wheel__arc:focus path.wheel__shape,.wheel__arc:hover path.wheel__shape{stroke:#0b0c0c;stroke-width:3}.wheel__arc:focus{outline:none}.wheel__arc:focus path.wheel__shape{stroke:#ffdd00;stroke-width:5}.wheel__event:focus{outline:none}.wheel__event:focus path,.wheel__event:hover path{stroke:#ffdd00;stroke-width:4}</style>',
    '<defs><pattern id="wheel-empty" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#b1b4b6" stroke-width="3"/></pattern></defs>',
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
  )

  // Months: alternating sectors with their names.
  for (let m = 0; m < 12; m++) {
    const first = `${d.year}-${String(m + 1).padStart(2, '0')}-01`
    const nextFirst = m === 11 ? undefined : `${d.year}-${String(m + 2).padStart(2, '0')}-01`
    const a0 = angleOfDay(first, d.year)
    const a1 = nextFirst ? angleOfDay(nextFirst, d.year) : 2 * Math.PI
    out.push(`<path d="${sectorPath(c, R.monthInner, R.monthOuter, a0, a1)}" fill="${m % 2 ? '#f3f2f1' : '#dee0e2'}" stroke="#fff"/>`)
    const mid = polar(c, (R.monthInner + R.monthOuter) / 2, (a0 + a1) / 2)
    out.push(`<text x="${f2(mid.x)}" y="${f2(mid.y)}" text-anchor="middle" dominant-baseline="central" font-size="20" font-weight="700" fill="#0b0c0c">${esc(d.monthNames[m])}</text>`)
    // Languages with no campaign this month: a mark beside the month's name with their count.
    const missing = d.languageGaps[m + 1] ?? []
    if (missing.length) {
      const mark = polar(c, (R.monthInner + R.monthOuter) / 2, a0 + (a1 - a0) * 0.82)
      out.push(
        `<g class="wheel__language-gap"><title>${esc(d.languageGapLabel(m + 1, missing))}</title>`,
        `<circle cx="${f2(mark.x)}" cy="${f2(mark.y)}" r="11" fill="#fff" stroke="#d4351c" stroke-width="2.5"/>`,
        `<text x="${f2(mark.x)}" y="${f2(mark.y)}" text-anchor="middle" dominant-baseline="central" font-size="12" font-weight="700" fill="#0b0c0c">${missing.length}</text></g>`,
      )
    }
    // Month dividers through the rings.
    const p0 = polar(c, R.ringsInner, a0)
    const p1 = polar(c, R.monthOuter, a0)
    out.push(`<line x1="${f2(p0.x)}" y1="${f2(p0.y)}" x2="${f2(p1.x)}" y2="${f2(p1.y)}" stroke="#b1b4b6" stroke-width="1"/>`)
  }

  // Week ticks at each ISO Monday, numbered.
  for (let i = 0; i < yearDays; i++) {
    const day = new Date(Date.UTC(d.year, 0, 1 + i))
    if (day.getUTCDay() !== 1) continue
    const iso = day.toISOString().slice(0, 10)
    const a = angleOfDay(iso, d.year)
    const p0 = polar(c, R.weekInner, a)
    const p1 = polar(c, R.weekOuter, a)
    out.push(`<line x1="${f2(p0.x)}" y1="${f2(p0.y)}" x2="${f2(p1.x)}" y2="${f2(p1.y)}" stroke="#505a5f" stroke-width="1"/>`)
    const week = Number(isoWeek(day).slice(-2))
    const label = polar(c, (R.weekInner + R.weekOuter) / 2, a + (3.5 / yearDays) * 2 * Math.PI)
    out.push(`<text x="${f2(label.x)}" y="${f2(label.y)}" text-anchor="middle" dominant-baseline="central" font-size="10" fill="#505a5f">${week}</text>`)
  }

  // Overlaps: the weeks in which campaigns crowd the same target group.
  out.push(`<circle cx="${c.x}" cy="${c.y}" r="${R.overlapOuter}" fill="none" stroke="#b1b4b6"/>`)
  for (const o of d.overlaps) {
    const clip = clipToYear(o.firstDay, o.lastDay, d.year)
    if (!clip) continue
    out.push(`<path class="wheel__overlap" d="${sectorPath(c, R.overlapInner, R.overlapOuter, angleOfDay(clip.first, d.year), angleAfterDay(clip.last, d.year))}" fill="#d4351c"><title>${esc(`${d.overlapLabel}: ${o.text}`)}</title></path>`)
  }

  // Key dates: a marker on the rim, a band for periods.
  for (const k of d.keyDates) {
    const clip = clipToYear(k.firstDay, k.lastDay, d.year)
    if (!clip) continue
    const a0 = angleOfDay(clip.first, d.year)
    const a1 = angleAfterDay(clip.last, d.year)
    const p = polar(c, R.keyDate, (a0 + a1) / 2)
    out.push(
      `<g class="wheel__keydate"><title>${esc(`${k.name} (${k.firstDay === k.lastDay ? k.firstDay : `${k.firstDay} – ${k.lastDay}`})`)}</title>`,
      `<path d="${sectorPath(c, R.keyDate - 3, R.keyDate + 3, a0, Math.max(a1, a0 + 0.01))}" fill="#f47738"/>`,
      `<circle cx="${f2(p.x)}" cy="${f2(p.y)}" r="6" fill="#f47738" stroke="#0b0c0c" stroke-width="1.5"/></g>`,
    )
  }

  // Hub: the year.
  out.push(`<circle cx="${c.x}" cy="${c.y}" r="${R.hub}" fill="#fff" stroke="#b1b4b6"/>`)
  out.push(`<text x="${c.x}" y="${c.y}" text-anchor="middle" dominant-baseline="central" font-size="44" font-weight="700" fill="#0b0c0c">${d.year}</text>`)

  // Rings (after the hub, so that a detail box shows over it): label, empty months hatched, campaign arcs in lanes.
  d.rings.forEach((ring, i) => {
    const r1 = R.ringsOuter - i * ringWidth
    const r0 = r1 - ringWidth
    out.push(`<circle cx="${c.x}" cy="${c.y}" r="${r1}" fill="none" stroke="#b1b4b6"/>`)
    for (const month of d.emptyMonths[ring.value] ?? []) {
      const first = `${d.year}-${String(month).padStart(2, '0')}-01`
      const a0 = angleOfDay(first, d.year)
      const a1 = month === 12 ? 2 * Math.PI : angleOfDay(`${d.year}-${String(month + 1).padStart(2, '0')}-01`, d.year)
      out.push(`<path class="wheel__empty" d="${sectorPath(c, r0 + 1, r1 - 1, a0, a1)}" fill="url(#wheel-empty)"><title>${esc(d.emptyLabel(ring.value, month))}</title></path>`)
    }
    const inRing = d.arcs
      .filter((a) => a.rings.includes(ring.value))
      .map((a) => ({ ...clipToYear(a.firstDay, a.lastDay, d.year), arc: a }))
      .filter((a): a is { first: string; last: string; arc: WheelArc } => Boolean(a.first && a.last))
    const placed = assignLanes(inRing)
    const lanes = Math.max(1, ...placed.map((p) => p.lane + 1))
    const laneWidth = (ringWidth - 4) / lanes
    for (const { item, lane } of placed) {
      const lr1 = r1 - 2 - lane * laneWidth
      const lr0 = lr1 - laneWidth + 1
      const a = item.arc
      const shape = sectorPath(c, lr0, lr1, angleOfDay(item.first, d.year), angleAfterDay(item.last, d.year))
      const label = `${a.title}. ${a.statusLabel}. ${a.details.join('. ')}`
      out.push(
        `<a class="wheel__arc" href="${esc(a.href)}" aria-label="${esc(label)}" data-campaign="${a.id}" data-status="${esc(a.status)}">`,
        `<title>${esc(label)}</title>`,
        `<path class="wheel__shape" d="${shape}" fill="${statusColours[a.status] ?? '#1d70b8'}" stroke="#fff" stroke-width="1"${a.status === 'idea' || a.status === 'cancelled' ? ' fill-opacity="0.75" stroke-dasharray="4 3"' : ''}/>`,
        detailBox([a.title, a.statusLabel, ...a.details]),
        '</a>',
      )
    }
    // The ring's name at the top, haloed so that it reads over the arcs.
    const lp = polar(c, (r0 + r1) / 2, 0)
    out.push(`<text x="${f2(lp.x - 6)}" y="${f2(lp.y)}" text-anchor="end" dominant-baseline="central" font-size="13" font-weight="700" fill="#0b0c0c" stroke="#fff" stroke-width="4" paint-order="stroke">${esc(ring.label)}</text>`)
  })

  // Events: a diamond on the rim, inside the key dates' markers, over the outer ring's arcs, each a link to the event.
  for (const e of d.events ?? []) {
    if (!e.day.startsWith(`${d.year}-`)) continue
    const p = polar(c, R.event, (angleOfDay(e.day, d.year) + angleAfterDay(e.day, d.year)) / 2)
    const s = 7
    out.push(
      `<a class="wheel__event" href="${esc(e.href)}" aria-label="${esc(e.label)}" data-event="${e.id}"><title>${esc(e.label)}</title>`,
      `<path d="M${f2(p.x)} ${f2(p.y - s)}L${f2(p.x + s)} ${f2(p.y)}L${f2(p.x)} ${f2(p.y + s)}L${f2(p.x - s)} ${f2(p.y)}Z" fill="#1d70b8" stroke="#0b0c0c" stroke-width="1.5"/></a>`,
    )
  }

  // Today's hand.
  if (d.today) {
    const a = (angleOfDay(d.today, d.year) + angleAfterDay(d.today, d.year)) / 2
    const p0 = polar(c, R.hub, a)
    const p1 = polar(c, R.monthOuter, a)
    const lp = polar(c, R.hub + 14, a)
    out.push(
      `<g class="wheel__today"><title>${esc(`${d.todayLabel} ${d.today}`)}</title><line x1="${f2(p0.x)}" y1="${f2(p0.y)}" x2="${f2(p1.x)}" y2="${f2(p1.y)}" stroke="#0b0c0c" stroke-width="3"/>`,
      `<circle cx="${f2(lp.x)}" cy="${f2(lp.y)}" r="7" fill="#0b0c0c"/></g>`,
    )
  }
  out.push('</svg>')
  return out.join('')
}

/** The detail box in the hub, shown while its arc is hovered or focused. */
function detailBox(lines: string[]): string {
  // Kept inside the innermost ring so that no later arc paints over it.
  const shown = lines.slice(0, 5)
  const h = 20 * shown.length + 14
  const top = c.y - h / 2
  return (
    `<g class="wheel__detail" aria-hidden="true"><rect x="${c.x - 128}" y="${f2(top)}" width="256" height="${h}" rx="6" fill="#fff" stroke="#0b0c0c" stroke-width="2"/>` +
    shown.map((line, i) => `<text x="${c.x}" y="${f2(top + 22 + i * 20)}" text-anchor="middle" font-size="${i === 0 ? 14 : 12}"${i === 0 ? ' font-weight="700"' : ''} fill="#0b0c0c">${esc(line.length > 36 ? `${line.slice(0, 35)}…` : line)}</text>`).join('') +
    '</g>'
  )
}
