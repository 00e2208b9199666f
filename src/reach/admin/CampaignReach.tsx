import type { ServerComponentProps } from 'payload'

import { hasRole } from '@/access/roles'
import { adminIntlLocale, isRtlAdmin } from '@/i18n/adminText'
import { localeInfo, type Locale } from '@/i18n/locales'
import { now } from '@/site/clock'

import { campaignReach, eventReach, type CampaignPages, type EventDays, type ReachReport } from '../campaignReach'
import { reachText } from '../words'

const colours = ['#1d3557', '#b5179e', '#2a9d8f', '#e76f51', '#6a4c93', '#8a5a00', '#386641', '#c1121f', '#00628b', '#5f0f40', '#3a3a3a']
const W = 640
const rowH = 70
/** The labels' column, beside the lines: room for a language's name and two counts. */
const labelW = 170

type Text = ReturnType<typeof reachText>

/** The admin language's way of writing counts and its direction (Arabic and Persian: right to left). */
interface Writing {
  count: (n: number) => string
  rtl: boolean
}

const writingOf = (language: string): Writing => {
  const format = new Intl.NumberFormat(adminIntlLocale(language))
  return { count: (n) => format.format(n), rtl: isRtlAdmin(language) }
}

/** First-strong isolate: the text keeps its own direction and cannot reorder what is around it. */
const isolate = (text: string) => `\u2068${text}\u2069`

/**
 * The campaign's reach in its edit view: a small chart per language (solid: during, dashed: the
 * baseline before) drawn as SVG with a title and description, the same numbers in a table, and a
 * CSV link. Only for campaign planners and admins; demo numbers say so.
 */
export async function CampaignReach({ id, payload, req, i18n }: ServerComponentProps) {
  if (!hasRole(req.user, 'admin', 'editor', 'communicator')) return null
  const t = reachText(i18n)
  if (!id) return <ReachFrame t={t}>{t('saveFirst')}</ReachFrame>
  const found = await payload.find({ collection: 'campaigns', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user })
  const campaign = found.docs[0] as unknown as CampaignPages | undefined
  if (!campaign) return null
  const r = await campaignReach(payload, campaign, now())
  if (!r.pages) return <ReachFrame t={t}>{t('noPages')}</ReachFrame>
  return (
    <ReachFrame t={t}>
      <ReachReportView r={r} t={t} w={writingOf(i18n.language)} csv={`/api/reach/campaigns/${id}/csv`} />
    </ReachFrame>
  )
}

/** The same for an event's page, in the event's edit view: its page's views in the weeks up to it. */
export async function EventReach({ id, payload, req, i18n }: ServerComponentProps) {
  if (!hasRole(req.user, 'admin', 'editor', 'communicator')) return null
  const t = reachText(i18n)
  if (!id) return <ReachFrame t={t} intro={t('eventIntro')}>{t('saveFirst')}</ReachFrame>
  const found = await payload.find({ collection: 'events', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user })
  const event = found.docs[0] as unknown as (EventDays & { public?: boolean | null; _status?: string | null }) | undefined
  if (!event) return null
  const r = await eventReach(payload, event)
  return (
    <ReachFrame t={t} intro={t('eventIntro')}>
      {!(event.public && event._status === 'published') && <p>{t('eventNotPublic')}</p>}
      <ReachReportView r={r} t={t} w={writingOf(i18n.language)} csv={`/api/reach/events/${id}/csv`} />
    </ReachFrame>
  )
}

/** A report: the demo mark, the chart, the same numbers as a table, the CSV link. */
function ReachReportView({ r, t, w, csv }: { r: ReachReport; t: Text; w: Writing; csv: string }) {
  if (!r.languages.length) return <p>{t('noViews')}</p>
  const baseline = r.baselineDays.length > 0
  return (
    <>
      {r.demo && (
        <p className="reach__demo" data-demo="true">
          <strong>{t('demo')}</strong>
        </p>
      )}
      <Chart r={r} t={t} w={w} />
      <table className="reach__table">
        <caption>
          {baseline ? t('tableCaption') : t('eventTableCaption')}
          {r.demo ? ` (${t('demo')})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            {baseline && <th scope="col">{t('baselineDate')}</th>}
            {r.languages.map((l) => (
              <th scope="col" key={l} lang={l}>
                {localeInfo(l).nativeName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {r.days.map((d, i) => (
            <tr key={d}>
              <th scope="row">{d}</th>
              {baseline && <td>{r.baselineDays[i]}</td>}
              {r.languages.map((l) => (
                <td key={l}>
                  {w.count(r.during[l]?.[i] ?? 0)}
                  {baseline && ` / ${w.count(r.before[l]?.[i] ?? 0)}`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={csv} download>
          {t('csv')}
        </a>
      </p>
    </>
  )
}

function ReachFrame({ t, intro, children }: { t: Text; intro?: string; children: React.ReactNode }) {
  return (
    <section className="reach" aria-labelledby="reach-heading" style={{ marginBlock: '2rem' }}>
      <h3 id="reach-heading">{t('heading')}</h3>
      <p>{intro ?? t('intro')}</p>
      {children}
    </section>
  )
}

/**
 * Right to left (an Arabic or Persian admin) the chart is mirrored: labels on the right, the days
 * running leftwards. Each label is one line in the admin's direction with the name and the counts
 * isolated, so a Swedish name or a number cannot reorder the parts around it.
 */
function Chart({ r, t, w }: { r: ReachReport; t: Text; w: Writing }) {
  const height = r.languages.length * rowH + 20
  const span = W - labelW - 20
  const along = (i: number) => (r.days.length > 1 ? (i * span) / (r.days.length - 1) : 0)
  const x = (i: number) => (w.rtl ? W - labelW - along(i) : labelW + along(i))
  const [lineFrom, lineTo] = w.rtl ? [20, W - labelW] : [labelW, W - 20]
  const points = (values: number[], max: number, top: number) => values.map((v, i) => `${x(i).toFixed(1)},${(top + rowH - 10 - (max ? (v / max) * (rowH - 20) : 0)).toFixed(1)}`).join(' ')
  const sum = (values: number[]) => w.count(values.reduce((a, b) => a + b, 0))
  return (
    <svg viewBox={`0 0 ${W} ${height}`} width="100%" style={{ maxWidth: W }} role="img" aria-labelledby="reach-title reach-desc">
      <title id="reach-title">{t('chartTitle', { first: r.days[0], last: r.days[r.days.length - 1] })}</title>
      <desc id="reach-desc">{r.baselineDays.length ? t('chartDesc') : t('eventChartDesc')}</desc>
      {r.languages.map((l: Locale, row) => {
        const top = 10 + row * rowH
        const during = r.during[l] ?? []
        const before = r.before[l] ?? []
        const max = Math.max(1, ...during, ...before)
        const colour = colours[row % colours.length]
        const counts = r.baselineDays.length ? `${isolate(sum(during))} / ${isolate(sum(before))}` : isolate(sum(during))
        return (
          <g key={l}>
            {/* "start" is the right edge when the direction is right to left. */}
            <text x={w.rtl ? W - 4 : 0} y={top + rowH / 2} fontSize={13} fill="currentColor" direction={w.rtl ? 'rtl' : 'ltr'} textAnchor="start" style={{ unicodeBidi: 'isolate' }}>
              {`${isolate(localeInfo(l).nativeName)} (${counts})`}
            </text>
            <line x1={lineFrom} x2={lineTo} y1={top + rowH - 10} y2={top + rowH - 10} stroke="#999" strokeWidth={1} />
            {before.length > 0 && <polyline points={points(before, max, top)} fill="none" stroke={colour} strokeWidth={1.5} strokeDasharray="4 3" />}
            <polyline points={points(during, max, top)} fill="none" stroke={colour} strokeWidth={2.5} />
          </g>
        )
      })}
    </svg>
  )
}
