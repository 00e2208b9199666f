import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { hasRole, type PortalUser } from '@/access/roles'
import { focusAreas } from '@/content/taxonomy'
import { localeInfo, targetLocales, type Locale } from '@/i18n/locales'

import { mayUpdate } from '../exchange/access'
import { interfaceStringStatus } from '../interfaceOverrides'
import { translationMatrix } from '../queries'
import { stateLabels, translationStates, type TranslationState } from '../status'
import { isGlobal, scopeNames, translatables, translatableTargets, type Translatable } from '../translatable'
import { ImportPanel } from './ImportPanel'
import { filtersToQuery, pageSize, parseFilters } from './filters'
import { label } from '@/i18n/adminText'
import { inAdminLanguages } from '@/i18n/labelLanguages'

import { dashboardText } from './labels'
import './dashboard.css'

const symbols: Record<TranslationState, string> = { missing: '✕', outdated: '↻', 'needs-review': '?', approved: '✓' }

/**
 * The translation dashboard (/admin/translations): documents × target languages coloured by state,
 * coverage per language, filters in the address, XLIFF export and import. Server-rendered; the
 * filters and export work without JavaScript.
 */
export async function TranslationDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as PortalUser | null
  const adminRoute = req.payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/translations`)}`)
  const t = dashboardText(req.i18n)
  const l10n = (value: string | Partial<Record<string, string>>) => label(typeof value === 'string' ? value : inAdminLanguages(value), req.i18n)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="translation-dashboard">{children}</Gutter>
    </DefaultTemplate>
  )
  if (!hasRole(user, 'admin', 'editor', 'translator')) return template(<p>{t.notForRole}</p>)

  // Translators start from their own languages.
  const own = hasRole(user, 'translator') ? ((user.languages ?? []) as Locale[]) : []
  const filters = parseFilters((searchParams ?? {}) as Record<string, string | string[]>, { locales: own })
  const matrix = await translationMatrix(req.payload, filters)
  const pages = Math.max(1, Math.ceil(matrix.rows.length / pageSize))
  const page = Math.min(filters.page, pages)
  const rows = matrix.rows.slice((page - 1) * pageSize, page * pageSize)
  // What the signed-in person may change, asked of the same access rules a save meets: a
  // translator sees the rest marked read only (e.g. settings in a language they may not publish).
  const editable = new Set<string>()
  for (const row of rows) {
    for (const l of matrix.locales) if (await mayUpdate(req.payload, req, row.collection, row.docId, l)) editable.add(`${row.collection}:${row.docId}:${l}`)
  }
  const mayChange = (row: { collection: Translatable; docId: number }, l: Locale) => editable.has(`${row.collection}:${row.docId}:${l}`)
  const strings = (await interfaceStringStatus(req.payload)).filter((c) => matrix.locales.includes(c.locale))
  const base = `${adminRoute}/translations`
  const name = (l: Locale) => `${localeInfo(l).nativeName} (${l})`
  const editURL = (target: Translatable, id: number) => (isGlobal(target) ? `${adminRoute}/globals/${target}` : `${adminRoute}/collections/${target}/${id}`)

  return template(
    <>
      <h1>{t.title}</h1>
      <p className="translation-dashboard__intro">{t.intro}</p>

      <form method="get" action={base} className="translation-dashboard__filters" aria-labelledby="td-filters">
        <h2 id="td-filters">{t.filters}</h2>
        <div className="translation-dashboard__filter-row">
          <label>
            {t.collection}
            <select name="collection" defaultValue={filters.collections?.[0] ?? ''}>
              <option value="">{t.any}</option>
              {translatableTargets.map((c) => <option key={c} value={c}>{l10n(translatables[c].label)}</option>)}
            </select>
          </label>
          <label>
            {t.variant}
            <select name="variant" defaultValue={filters.scopes?.[0] ?? ''}>
              <option value="">{t.any}</option>
              {scopeNames.map((v) => <option key={v} value={v}>{t.variants[v]}</option>)}
            </select>
          </label>
          <label>
            {t.focusArea}
            <select name="focusArea" defaultValue={filters.focusAreas?.[0] ?? ''}>
              <option value="">{t.any}</option>
              {focusAreas.map((f) => <option key={f.value} value={f.value}>{l10n(f.label)}</option>)}
            </select>
          </label>
        </div>
        <fieldset>
          <legend>{t.state}</legend>
          {translationStates.map((s) => (
            <label key={s} className="translation-dashboard__check">
              <input type="checkbox" name="state" value={s} defaultChecked={filters.states?.includes(s)} />
              <span className={`translation-state translation-state--${s}`} aria-hidden="true">{symbols[s]}</span> {l10n(stateLabels[s])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.languages}</legend>
          {targetLocales.map((l) => (
            <label key={l} className="translation-dashboard__check">
              <input type="checkbox" name="lang" value={l} defaultChecked={filters.locales?.includes(l)} /> {name(l)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn btn--style-primary btn--size-small">{t.apply}</button>{' '}
        <a href={base}>{t.reset}</a>
      </form>

      <section aria-labelledby="td-coverage">
        <h2 id="td-coverage">{t.coverage}</h2>
        <p>{t.coverageHelp}</p>
        <ul className="translation-dashboard__coverage">
          {matrix.locales.map((l) => {
            const c = matrix.coverage[l]
            return (
              <li key={l} data-locale={l}>
                <span className="translation-dashboard__coverage-name" lang={l} dir={localeInfo(l).dir}>{name(l)}</span>
                <meter min={0} max={100} value={c.translatedPercent} aria-label={`${name(l)} ${c.translatedPercent} %`} />
                <span dir="ltr" data-testid="coverage-percent">{c.translatedPercent} %</span>
                <span dir="ltr">({t.inStep} {c.upToDatePercent} %)</span>
                <span className="translation-dashboard__coverage-counts">
                  {translationStates.map((s) => `${l10n(stateLabels[s])} ${c.counts[s]}`).join(' · ')}
                </span>
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="td-matrix">
        <h2 id="td-matrix">{t.document}</h2>
        <p className="translation-dashboard__legend">
          {t.legend}:{' '}
          {translationStates.map((s) => (
            <span key={s}>
              <span className={`translation-state translation-state--${s}`} aria-hidden="true">{symbols[s]}</span> {l10n(stateLabels[s])}{' '}
            </span>
          ))}
        </p>
        <p role="status">{t.rows(rows.length, matrix.rows.length)}</p>
        {rows.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <div className="translation-dashboard__scroll">
            <table className="translation-matrix">
              <thead>
                <tr>
                  <th scope="col"><span className="translation-dashboard__sr">{t.exportSelected}</span></th>
                  <th scope="col">{t.document}</th>
                  {matrix.locales.map((l) => <th key={l} scope="col" title={name(l)}>{l}</th>)}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const title = `${row.title} (${t.variants[row.scope]})`
                  const readOnlyRow = !matrix.locales.some((l) => mayChange(row, l))
                  return (
                    <tr key={`${row.collection}/${row.docId}/${row.scope}`} data-read-only={readOnlyRow || undefined}>
                      <td><input type="checkbox" form="translation-export" name="doc" value={`${row.collection}:${row.docId}`} aria-label={t.select(title)} disabled={readOnlyRow} /></td>
                      <th scope="row">
                        <a href={editURL(row.collection, row.docId)} lang="sv">{row.title || `${l10n(translatables[row.collection].label)} ${row.docId}`}</a>
                        <span className="translation-matrix__meta"> {l10n(translatables[row.collection].label)} · {t.variants[row.scope]}{readOnlyRow && ` · ${t.readOnly}`}</span>
                      </th>
                      {matrix.locales.map((l) => {
                        const state = row.cells[l]
                        if (!state) return <td key={l} />
                        const readOnly = !mayChange(row, l)
                        const stateName = l10n(stateLabels[state])
                        return (
                          <td key={l} className={`translation-state translation-state--${state}${readOnly ? ' translation-state--read-only' : ''}`}>
                            <a
                              href={`${editURL(row.collection, row.docId)}?locale=${l}`}
                              aria-label={readOnly ? `${t.open(title, name(l), stateName)} (${t.readOnly})` : t.open(title, name(l), stateName)}
                              title={readOnly ? `${stateName} (${t.readOnly})` : stateName}
                            >
                              {symbols[state]}
                            </a>
                          </td>
                        )
                      })}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
        {pages > 1 && (
          <nav aria-label={t.page(page, pages)} className="translation-dashboard__pages">
            {page > 1 && <a href={`${base}?${filtersToQuery({ ...filters, page: page - 1 })}`}>{t.previous}</a>} <span>{t.page(page, pages)}</span>{' '}
            {page < pages && <a href={`${base}?${filtersToQuery({ ...filters, page: page + 1 })}`}>{t.next}</a>}
          </nav>
        )}
      </section>

      <section aria-labelledby="td-exchange">
        <h2 id="td-exchange">{t.exchange}</h2>
        <form id="translation-export" method="get" action="/api/translations/export" className="translation-dashboard__export">
          <h3>{t.exportTitle}</h3>
          <p>{t.exportHelp}</p>
          <label>
            {t.exportLanguage}
            <select name="locale" defaultValue={own[0] ?? filters.locales?.[0] ?? 'fi'}>
              {(own.length ? own : targetLocales).map((l) => <option key={l} value={l}>{name(l)}</option>)}
            </select>
          </label>
          <fieldset>
            <legend>{t.exportWhat}</legend>
            <label className="translation-dashboard__check"><input type="radio" name="units" value="todo" defaultChecked /> {t.exportTodo}</label>
            <label className="translation-dashboard__check"><input type="radio" name="units" value="selected" /> {t.exportSelected}</label>
            <label className="translation-dashboard__check"><input type="radio" name="units" value="all" /> {t.exportAll}</label>
          </fieldset>
          {(filters.collections ?? []).map((c) => <input key={c} type="hidden" name="collection" value={c} />)}
          {(filters.focusAreas ?? []).map((f) => <input key={f} type="hidden" name="focusArea" value={f} />)}
          <button type="submit" className="btn btn--style-primary btn--size-small">{t.exportButton}</button>
        </form>
        <ImportPanel locales={own.length ? own : targetLocales} />
      </section>

      <section aria-labelledby="td-strings">
        <h2 id="td-strings">{t.interfaceStrings}</h2>
        <p>{t.interfaceHelp}</p>
        <ul className="translation-dashboard__coverage">
          {strings.map((c) => (
            <li key={c.locale}>
              <span className="translation-dashboard__coverage-name" lang={c.locale} dir={localeInfo(c.locale).dir}>{name(c.locale)}</span>
              <meter min={0} max={100} value={c.percent} aria-label={`${name(c.locale)} ${c.percent} %`} />
              <span dir="ltr">{c.percent} %</span>
              <span className="translation-dashboard__coverage-counts">{c.missing.length ? `${t.missingKeys(c.missing.length)}: ${c.missing.slice(0, 5).join(', ')}` : t.complete}{c.overridden ? ` · ${t.overridden(c.overridden)}` : ''}</span>
            </li>
          ))}
        </ul>
      </section>
    </>,
  )
}
