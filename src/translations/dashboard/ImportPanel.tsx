'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { customText } from '@/i18n/adminText'
import { localeInfo, type Locale } from '@/i18n/locales'

import type { ImportReport } from '../exchange/types'
import type { ImportWords } from './labels'

/**
 * XLIFF import with a dry run first. The report says, unit by unit and with line numbers, what
 * would land and what is refused (a stale source, an unknown unit) before anything is written.
 */
export function ImportPanel({ locales }: { locales: Locale[] }) {
  const w = customText<ImportWords>(useTranslation().i18n.t, 'importPanel')
  const [file, setFile] = useState<File | null>(null)
  const [locale, setLocale] = useState<Locale>(locales[0])
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<{ message: string; problems?: { message: string; line?: number }[] } | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(dryRun: boolean) {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`/api/translations/import?locale=${locale}${dryRun ? '&dryRun=true' : ''}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: file,
      })
      const body = await res.json().catch(() => ({ message: res.statusText }))
      if (!res.ok) {
        setReport(null)
        setError({ message: body.message ?? body.errors?.[0]?.message ?? w('failed'), problems: body.problems })
      } else setReport(body as ImportReport)
    } catch (e) {
      setError({ message: e instanceof Error ? e.message : w('failed') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="translation-dashboard__import">
      <h3>{w('title')}</h3>
      <p>{w('help')}</p>
      <label>
        {w('language')}
        <select value={locale} onChange={(e) => { setLocale(e.target.value as Locale); setReport(null) }}>
          {locales.map((l) => <option key={l} value={l}>{`${localeInfo(l).nativeName} (${l})`}</option>)}
        </select>
      </label>
      <label>
        {w('file')}
        <input type="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); setError(null) }} />
      </label>
      <div>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!file || busy} onClick={() => send(true)}>{w('check')}</button>{' '}
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={!file || busy || !report?.dryRun || report.accepted.length === 0} onClick={() => send(false)}>{w('apply')}</button>
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>{w('working')}</p>}
        {error && (
          <div className="translation-dashboard__error">
            <p><strong>{w('failed')}:</strong> {error.message}</p>
            {error.problems && <ul>{error.problems.map((p, i) => <li key={i}>{p.line ? `${w('line')} ${p.line}: ` : ''}{p.message}</li>)}</ul>}
          </div>
        )}
        {report && (
          <div className="translation-dashboard__report">
            <p>
              <strong>{report.dryRun ? w('accepted', { count: report.accepted.length }) : w('imported', { count: report.accepted.length })}</strong> · {w('unchanged', { count: report.unchanged })} · {w('untranslated', { count: report.untranslated })} · {w('refused', { count: report.refused.length })}
            </p>
            {report.refused.length > 0 && (
              <table>
                <thead><tr><th scope="col">{w('line')}</th><th scope="col">{w('unit')}</th><th scope="col">{w('reason')}</th></tr></thead>
                <tbody>
                  {report.refused.map((r) => <tr key={r.unit}><td>{r.line ?? ''}</td><td><code>{r.unit}</code></td><td>{r.reason}</td></tr>)}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
