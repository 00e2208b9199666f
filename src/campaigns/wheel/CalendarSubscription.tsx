'use client'

import { useState } from 'react'

const text = {
  sv: {
    heading: 'Prenumerera i kalendern',
    intro: 'En personlig, hemlig länk för Outlook eller Google Kalender med de kampanjer filtret visar. En ny länk gör den gamla ogiltig.',
    create: 'Skapa ny kalenderlänk',
    revoke: 'Återkalla min kalenderlänk',
    label: 'Din kalenderlänk (visas bara nu)',
    revoked: 'Kalenderlänken är återkallad.',
    failed: 'Det gick inte. Försök igen.',
  },
  en: {
    heading: 'Subscribe in your calendar',
    intro: 'A personal, secret link for Outlook or Google Calendar with the campaigns the filter shows. A new link makes the old one invalid.',
    create: 'Create a new calendar link',
    revoke: 'Revoke my calendar link',
    label: 'Your calendar link (shown only now)',
    revoked: 'The calendar link is revoked.',
    failed: 'That did not work. Try again.',
  },
}

/** Creates, shows once and revokes the signed-in user's calendar subscription link. */
export function CalendarSubscription({ lang, filterQuery }: { lang: 'sv' | 'en'; filterQuery: string }) {
  const t = text[lang]
  const [url, setUrl] = useState<string>()
  const [message, setMessage] = useState<string>()

  async function call(method: 'POST' | 'DELETE') {
    setMessage(undefined)
    const res = await fetch('/api/campaigns/calendar-token', { method, credentials: 'same-origin' })
    if (!res.ok) return setMessage(t.failed)
    if (method === 'DELETE') {
      setUrl(undefined)
      return setMessage(t.revoked)
    }
    const body = (await res.json()) as { url: string }
    setUrl(filterQuery ? `${body.url}&${filterQuery}` : body.url)
  }

  return (
    <div className="wheel-subscription">
      <h3>{t.heading}</h3>
      <p>{t.intro}</p>
      <div className="wheel-subscription__actions">
        <button type="button" className="wheel-button" onClick={() => void call('POST')}>
          {t.create}
        </button>
        <button type="button" className="wheel-button wheel-button--secondary" onClick={() => void call('DELETE')}>
          {t.revoke}
        </button>
      </div>
      {url && (
        <p>
          <label htmlFor="wheel-feed-url">{t.label}</label>
          <input id="wheel-feed-url" className="wheel-subscription__url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <p role="status">{message}</p>
    </div>
  )
}
