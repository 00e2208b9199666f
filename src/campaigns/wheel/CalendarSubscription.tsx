'use client'

import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { customText } from '@/i18n/adminText'

import type { CalendarWords } from './words'

/** Creates, shows once and revokes the signed-in user's calendar subscription link. */
export function CalendarSubscription({ filterQuery }: { filterQuery: string }) {
  const w = customText<CalendarWords>(useTranslation().i18n.t, 'calendar')
  const [url, setUrl] = useState<string>()
  const [message, setMessage] = useState<string>()

  async function call(method: 'POST' | 'DELETE') {
    setMessage(undefined)
    const res = await fetch('/api/campaigns/calendar-token', { method, credentials: 'same-origin' })
    if (!res.ok) return setMessage(w('failed'))
    if (method === 'DELETE') {
      setUrl(undefined)
      return setMessage(w('revoked'))
    }
    const body = (await res.json()) as { url: string }
    setUrl(filterQuery ? `${body.url}&${filterQuery}` : body.url)
  }

  return (
    <div className="wheel-subscription">
      <h3>{w('heading')}</h3>
      <p>{w('intro')}</p>
      <div className="wheel-subscription__actions">
        <button type="button" className="wheel-button" onClick={() => void call('POST')}>
          {w('create')}
        </button>
        <button type="button" className="wheel-button wheel-button--secondary" onClick={() => void call('DELETE')}>
          {w('revoke')}
        </button>
      </div>
      {url && (
        <p>
          <label htmlFor="wheel-feed-url">{w('label')}</label>
          <input id="wheel-feed-url" className="wheel-subscription__url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <p role="status">{message}</p>
    </div>
  )
}
