'use client'

import { useActionState, useState, useTransition, type FormEvent } from 'react'

import { search } from '@/search/actions'
import type { SearchState } from '@/search/answer'

interface Labels { label: string; button: string; privacy: string; privacyNoScript: string }

/**
 * The search box and its results. Without JavaScript the browser posts the form to its server action
 * and gets the page back with the results. With JavaScript the form asks `POST /api/search` and shows
 * the answer in place (should that request fail, the server action is tried instead). Either way the
 * query stays out of the URL and the history. No autocomplete, so the browser keeps no list.
 * Without JavaScript the posted form is kept with its history entry, and Back and reload post it
 * again: the page says so there (`<noscript>`), since no answer to a post can stop it.
 */
export function SearchForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [posted, action, actionPending] = useActionState<SearchState, FormData>(search, { query: '', results: [] })
  const [asked, setAsked] = useState<SearchState>()
  const [asking, startAsking] = useTransition()
  const state = asked ?? posted
  const pending = actionPending || asking

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = new URLSearchParams({ locale, q: String(form.get('q') ?? '') })
    startAsking(async () => {
      try {
        const response = await fetch('/api/search', { method: 'POST', body, credentials: 'omit', cache: 'no-store' })
        if (!response.ok) throw new Error(`search answered ${response.status}`)
        const answer = (await response.json()) as SearchState
        startAsking(() => setAsked(answer))
      } catch {
        // Both in one update: no earlier answer shows in between.
        startAsking(() => {
          setAsked(undefined)
          action(form)
        })
      }
    })
  }

  return (
    <>
      <form action={action} onSubmit={ask} className="search-form" role="search">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="q">{labels.label}</label>
        <div className="search-form__row">
          <input id="q" name="q" type="search" maxLength={200} autoComplete="off" defaultValue={state.query} />
          <button type="submit" className="button" disabled={pending}>
            {labels.button}
          </button>
        </div>
        <p className="hint">{labels.privacy}</p>
        <noscript>
          <p className="hint">{labels.privacyNoScript}</p>
        </noscript>
      </form>
      <div aria-live="polite">
        {state.heading && <h2 className="search-results__heading">{state.heading}</h2>}
        {state.hint && <p>{state.hint}</p>}
        {state.results.length > 0 && (
          <ul className="search-results">
            {state.results.map((r) => (
              <li key={r.href + r.type}>
                <span className="search-results__type">{r.type}</span>
                <a href={r.href} {...(r.lang !== locale ? { lang: r.lang, dir: r.dir } : {})}>
                  {r.title}
                </a>
                {r.summary && <p {...(r.lang !== locale ? { lang: r.lang, dir: r.dir } : {})}>{r.summary}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  )
}
