'use client'

import React, { useState } from 'react'

import { localeInfo, type Locale } from '@/i18n/locales'

import type { ImportReport } from '../exchange/types'

const words = {
  sv: {
    title: 'Importera',
    help: 'Läs in en översatt XLIFF 2.0-fil. Kontrollera först: inget ändras förrän du importerar. Godtagna texter sparas som utkast med status ”behöver granskas”.',
    language: 'Filens målspråk',
    file: 'XLIFF-fil',
    check: 'Kontrollera filen',
    apply: 'Importera',
    working: 'Arbetar …',
    accepted: (n: number) => `${n} texter kan importeras`,
    imported: (n: number) => `${n} texter importerades som utkast`,
    unchanged: (n: number) => `${n} oförändrade`,
    untranslated: (n: number) => `${n} utan översättning i filen`,
    refused: (n: number) => `${n} vägrades`,
    unit: 'Enhet',
    line: 'Rad',
    reason: 'Orsak',
    failed: 'Filen kunde inte läsas',
  },
  en: {
    title: 'Import',
    help: 'Load a translated XLIFF 2.0 file. Check it first: nothing changes until you import. Accepted texts are saved as drafts marked “needs review”.',
    language: 'Target language of the file',
    file: 'XLIFF file',
    check: 'Check the file',
    apply: 'Import',
    working: 'Working …',
    accepted: (n: number) => `${n} texts can be imported`,
    imported: (n: number) => `${n} texts imported as drafts`,
    unchanged: (n: number) => `${n} unchanged`,
    untranslated: (n: number) => `${n} not translated in the file`,
    refused: (n: number) => `${n} refused`,
    unit: 'Unit',
    line: 'Line',
    reason: 'Reason',
    failed: 'The file could not be read',
  },
}

/**
 * XLIFF import with a dry run first. The report says, unit by unit and with line numbers, what
 * would land and what is refused (a stale source, an unknown unit) before anything is written.
 */
export function ImportPanel({ lang, locales }: { lang: 'sv' | 'en'; locales: Locale[] }) {
  const t = words[lang]
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
        setError({ message: body.message ?? body.errors?.[0]?.message ?? t.failed, problems: body.problems })
      } else setReport(body as ImportReport)
    } catch (e) {
      setError({ message: e instanceof Error ? e.message : t.failed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="translation-dashboard__import">
      <h3>{t.title}</h3>
      <p>{t.help}</p>
      <label>
        {t.language}
        <select value={locale} onChange={(e) => { setLocale(e.target.value as Locale); setReport(null) }}>
          {locales.map((l) => <option key={l} value={l}>{`${localeInfo(l).nativeName} (${l})`}</option>)}
        </select>
      </label>
      <label>
        {t.file}
        <input type="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); setError(null) }} />
      </label>
      <div>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!file || busy} onClick={() => send(true)}>{t.check}</button>{' '}
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={!file || busy || !report?.dryRun || report.accepted.length === 0} onClick={() => send(false)}>{t.apply}</button>
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>{t.working}</p>}
        {error && (
          <div className="translation-dashboard__error">
            <p><strong>{t.failed}:</strong> {error.message}</p>
            {error.problems && <ul>{error.problems.map((p, i) => <li key={i}>{p.line ? `${t.line} ${p.line}: ` : ''}{p.message}</li>)}</ul>}
          </div>
        )}
        {report && (
          <div className="translation-dashboard__report">
            <p>
              <strong>{report.dryRun ? t.accepted(report.accepted.length) : t.imported(report.accepted.length)}</strong> · {t.unchanged(report.unchanged)} · {t.untranslated(report.untranslated)} · {t.refused(report.refused.length)}
            </p>
            {report.refused.length > 0 && (
              <table>
                <thead><tr><th scope="col">{t.line}</th><th scope="col">{t.unit}</th><th scope="col">{t.reason}</th></tr></thead>
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
