import './wheel.css'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { notFound, redirect } from 'next/navigation'
import type { AdminViewServerProps, TypedUser } from 'payload'

import { hasRole, roleOf } from '@/access/roles'
import { campaignStatuses, channels, focusAreas, targetGroups } from '@/content/taxonomy'
import { loadPlannedEvents } from '@/events/planning'
import { locales } from '@/i18n/locales'
import { YearReach } from '@/reach/admin/YearReach'
import { now } from '@/site/clock'

import { parseWheelOptions, toQuery, type WheelOptions } from '../filters'
import type { KeyDate } from '../keyDates'
import { loadPlan, ownersOf } from '../queries'
import { yearOf } from '../schedule'

import { buildWheel, formatWhen, labels, wheelText, type Lang } from './buildWheel'
import { CalendarSubscription } from './CalendarSubscription'
import { statusColours, wheelSvg } from './svg'
import { wheelUi } from './words'

function Select({ name, label, value, options, all }: { name: string; label: string; value?: string | number; options: { value: string | number; label: string }[]; all?: string }) {
  return (
    <div className="wheel-filters__field">
      <label htmlFor={`wheel-${name}`}>{label}</label>
      <select id={`wheel-${name}`} name={name} defaultValue={value === undefined ? '' : String(value)}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** /admin/wheel: the årshjul, its list view, filters, exports, the feed link and planning help. */
export async function WheelView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Fwheel')
  if (roleOf(req.user) === undefined) notFound()
  const user = req.user as TypedUser
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'sv'
  const t = wheelUi(req.i18n)
  const wt = wheelText(lang)
  const clock = now()
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(searchParams ?? {})) if (typeof v === 'string') query.set(k, v)
  const parsed = parseWheelOptions(query, yearOf(clock))
  const opts: WheelOptions = parsed.ok ? parsed.value : { year: yearOf(clock), rings: 'focusAreas' }
  const view = query.get('view') === 'list' ? 'list' : 'wheel'

  const [plan, keyDatesGlobal, events] = await Promise.all([
    loadPlan(req.payload, user, req, { addresses: hasRole(user, 'admin', 'editor') }),
    req.payload.findGlobal({ slug: 'keyDates', depth: 0, overrideAccess: false, user }),
    loadPlannedEvents(req.payload, user),
  ])
  const model = buildWheel(plan, opts, (keyDatesGlobal.dates ?? []) as KeyDate[], clock, lang, (id) => `/admin/collections/campaigns/${id}`, events)
  const owners = ownersOf(plan)
  const q = (extra: Partial<WheelOptions & { view: string }>) => `?${toQuery({ ...opts, ...(view === 'list' ? { view } : {}), ...extra })}`
  const exportQuery = toQuery(opts)
  const canPlan = ['admin', 'editor', 'communicator'].includes(roleOf(user) ?? '')

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className="wheel-view">
        <h1>
          {t.heading} {opts.year}
        </h1>
        <p className="wheel-view__intro">{t.intro}</p>
        {!parsed.ok && (
          <div className="wheel-view__error" role="alert">
            <p>{t.badFilters}</p>
            <ul>
              {parsed.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}

        <nav className="wheel-view__years" aria-label={t.year}>
          <a href={q({ year: opts.year - 1 })} rel="prev">
            ← {t.prev} ({opts.year - 1})
          </a>
          <a href={q({ year: opts.year + 1 })} rel="next">
            {t.next} ({opts.year + 1}) →
          </a>
          {canPlan && <a href="/admin/collections/campaigns/create">+ {t.newCampaign}</a>}
        </nav>

        <form className="wheel-filters" method="get" action="/admin/wheel" aria-label={t.filters}>
          <input type="hidden" name="view" value={view} />
          <div className="wheel-filters__field">
            <label htmlFor="wheel-year">{t.year}</label>
            <input id="wheel-year" name="year" type="number" min={2000} max={2100} defaultValue={opts.year} />
          </div>
          <Select name="rings" label={t.rings} value={opts.rings} options={[{ value: 'focusAreas', label: t.ringsFocus }, { value: 'targetGroups', label: t.ringsGroups }]} />
          <Select name="focusArea" label={t.focusArea} value={opts.focusArea} all={t.all} options={focusAreas.map((f) => ({ value: f.value, label: f.label[lang] }))} />
          <Select name="targetGroup" label={t.targetGroup} value={opts.targetGroup} all={t.all} options={targetGroups.map((g) => ({ value: g.value, label: g.label[lang] }))} />
          <Select name="language" label={t.language} value={opts.language} all={t.all} options={locales.map((l) => ({ value: l.code, label: l.nativeName }))} />
          <Select name="channel" label={t.channel} value={opts.channel} all={t.all} options={channels.map((c) => ({ value: c.value, label: c.label[lang] }))} />
          <Select name="owner" label={t.owner} value={opts.owner} all={t.all} options={owners.map((o) => ({ value: o.id, label: o.name }))} />
          <Select name="status" label={t.status} value={opts.status} all={t.all} options={campaignStatuses.map((s) => ({ value: s.value, label: s.label[lang] }))} />
          <button type="submit" className="wheel-button">
            {t.show}
          </button>
        </form>

        <nav className="wheel-view__tabs" aria-label={t.views}>
          <a href={`?${toQuery(opts)}`} aria-current={view === 'wheel' ? 'page' : undefined}>
            {t.wheel}
          </a>
          <a href={`?${toQuery({ ...opts })}&view=list`} aria-current={view === 'list' ? 'page' : undefined}>
            {t.list}
          </a>
        </nav>

        {view === 'wheel' ? (
          <section className="wheel-view__wheel" aria-label={t.wheel}>
            <figure className="wheel-view__figure" dangerouslySetInnerHTML={{ __html: wheelSvg(model.data) }} />
            <ul className="wheel-legend" aria-label={t.legend}>
              {campaignStatuses.map((s) => (
                <li key={s.value}>
                  <span className="wheel-legend__swatch" style={{ background: statusColours[s.value] }} aria-hidden="true" /> {s.label[lang]}
                </li>
              ))}
              <li>
                <span className="wheel-legend__swatch wheel-legend__swatch--key" aria-hidden="true" /> {t.keyDate}
              </li>
              <li>
                <span className="wheel-legend__swatch wheel-legend__swatch--empty" aria-hidden="true" /> {t.empty}
              </li>
              <li>
                <span className="wheel-legend__swatch" style={{ background: '#d4351c' }} aria-hidden="true" /> {t.overlap}
              </li>
              <li>
                <span className="wheel-legend__swatch wheel-legend__swatch--language" aria-hidden="true" /> {t.languageGap}
              </li>
            </ul>
          </section>
        ) : (
          <section className="wheel-view__list" aria-labelledby="wheel-list-heading">
            <h2 id="wheel-list-heading">{t.listHeading(model.occurrences.length)}</h2>
            {model.occurrences.length === 0 ? (
              <p>{t.none}</p>
            ) : (
              <table className="wheel-table">
                <thead>
                  <tr>
                    <th scope="col">{t.when}</th>
                    <th scope="col">{t.campaign}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.focusArea}</th>
                    <th scope="col">{t.groups}</th>
                    <th scope="col">{t.languages}</th>
                    <th scope="col">{t.channels}</th>
                    <th scope="col">{t.owner}</th>
                  </tr>
                </thead>
                <tbody>
                  {model.occurrences.map((o) => (
                    <tr key={`${o.campaign.id}-${o.firstDay}`}>
                      <td>{formatWhen(o, Boolean(o.campaign.allDay) || o.campaign.recurrence === 'weekOf')}</td>
                      <th scope="row">
                        <a href={`/admin/collections/campaigns/${o.campaign.id}`}>{o.campaign.title}</a>
                        {o.campaign.recurrence !== 'none' && <span className="wheel-table__note"> ({wt.recurring})</span>}
                      </th>
                      <td>
                        <span className="wheel-legend__swatch" style={{ background: statusColours[o.campaign.status] }} aria-hidden="true" /> {labels.status(o.campaign.status, lang)}
                      </td>
                      <td>{o.campaign.focusAreas.map((f) => labels.focusArea(f, lang)).join(', ')}</td>
                      <td>{o.campaign.targetGroups.map((g) => labels.targetGroup(g, lang)).join(', ')}</td>
                      <td>{o.campaign.languages.join(', ')}</td>
                      <td>{o.campaign.channels.map((c) => labels.channel(c, lang)).join(', ')}</td>
                      <td>{o.campaign.ownerName ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3>{t.events}</h3>
            {model.events.length === 0 ? (
              <p>{t.noEvents}</p>
            ) : (
              <ul className="wheel-events">
                {model.events.map((e) => (
                  <li key={e.id}>
                    {e.day}: <a href={`/admin/collections/events/${e.id}`}>{e.cancelled ? `${wt.cancelled}: ${e.title}` : e.title}</a>, {e.venueName}
                    {!(e.public && e.published) && <span className="wheel-table__note"> ({wt.notPublic})</span>}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t.keyDates}</h3>
            <ul>
              {model.keyDates.map((k) => (
                <li key={`${k.name}-${k.firstDay}`}>
                  {k.firstDay === k.lastDay ? k.firstDay : `${k.firstDay} – ${k.lastDay}`}: {k.name}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section className="wheel-view__planning" aria-labelledby="wheel-planning">
          <h2 id="wheel-planning">{t.planning}</h2>
          <h3>{t.overlapsHeading}</h3>
          {model.overlaps.length === 0 ? (
            <p>{t.noOverlaps}</p>
          ) : (
            <ul className="wheel-overlaps">
              {model.overlaps.map((o) => (
                <li key={`${o.a.id}-${o.b.id}`}>
                  <a href={`/admin/collections/campaigns/${o.a.id}`}>{o.a.title}</a> + <a href={`/admin/collections/campaigns/${o.b.id}`}>{o.b.title}</a>:{' '}
                  {o.targetGroups.map((g) => labels.targetGroup(g, lang)).join(', ')} ({t.weeks} {o.weeks.map((w) => Number(w.slice(-2))).join(', ')})
                </li>
              ))}
            </ul>
          )}
          <h3>{t.gapsHeading}</h3>
          <table className="wheel-table wheel-table--gaps">
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">
                  {t.gapsFocus}: {t.missing}
                </th>
                <th scope="col">
                  {t.gapsLanguages}: {t.missing}
                </th>
              </tr>
            </thead>
            <tbody>
              {wt.monthsLong.map((name, i) => {
                const month = i + 1
                const focus = model.gaps.focusAreas.filter((g) => g.months.includes(month)).map((g) => labels.focusArea(g.value, lang))
                const langs = model.gaps.languages.filter((g) => g.months.includes(month)).map((g) => g.value)
                return (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td>{focus.length ? focus.join(', ') : '–'}</td>
                    <td>{langs.length ? langs.join(', ') : '–'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>

        <YearReach payload={req.payload} year={opts.year} i18n={req.i18n} user={user} />

        <section className="wheel-view__export" aria-labelledby="wheel-export">
          <h2 id="wheel-export">{t.export}</h2>
          <ul>
            <li>
              <a href={`/api/campaigns/wheel.svg?${exportQuery}`} download>
                {t.svg}
              </a>
            </li>
            <li>
              <a href={`/api/campaigns/wheel.png?${exportQuery}`} download>
                {t.png}
              </a>
            </li>
          </ul>
          <p className="wheel-view__print-hint">{t.print}: Ctrl+P</p>
          <CalendarSubscription filterQuery={toQuery({ focusArea: opts.focusArea, targetGroup: opts.targetGroup, language: opts.language, channel: opts.channel, owner: opts.owner, status: opts.status })} />
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
