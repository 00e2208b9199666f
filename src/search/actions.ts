'use server'

import { isLocale, type Locale } from '@/i18n/locales'

import { searchAnswer, type SearchState } from './answer'

/**
 * The search form's action without JavaScript: the browser posts the form and gets the page back
 * with the results. It is posted, so the words searched for never appear in the address bar or the
 * browser history, where someone else could read them. (With JavaScript the form asks api/search.)
 */
export async function search(_previous: SearchState, form: FormData): Promise<SearchState> {
  const rawLocale = form.get('locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : 'sv'
  return searchAnswer(locale, String(form.get('q') ?? ''))
}
