'use client'

import { useActionState } from 'react'

import { search, type SearchState } from '@/search/actions'

interface Labels { label: string; button: string; privacy: string }

/**
 * The search box and its results. The form posts to a server action: with JavaScript the results
 * appear in place; without it the browser posts the form and gets the page back with them. Either
 * way the query stays out of the URL and the history. No autocomplete, so the browser keeps no list.
 */
export function SearchForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<SearchState, FormData>(search, { query: '', results: [] })
  return (
    <>
      <form action={action} className="search-form" role="search">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="q">{labels.label}</label>
        <div className="search-form__row">
          <input id="q" name="q" type="search" maxLength={200} autoComplete="off" defaultValue={state.query} />
          <button type="submit" className="button" disabled={pending}>
            {labels.button}
          </button>
        </div>
        <p className="hint">{labels.privacy}</p>
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
