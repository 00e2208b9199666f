/**
 * The calm page a reader gets when a page needs the database and the database is away: HTTP 503,
 * in the reader's language, with the numbers to call. It is plain HTML made without the database,
 * React or JavaScript, so it cannot fail the way the page did. Numbers come from the checked
 * helplines file (confirmed ones only), never from memory.
 */
import helplineFile from '@/seed/content/helplines.json'
import { defaultLocale, dirOf, isLocale, type Locale } from '@/i18n/locales'

import ar from '../../messages/ar.json'
import bs from '../../messages/bs.json'
import en from '../../messages/en.json'
import es from '../../messages/es.json'
import fa from '../../messages/fa.json'
import fi from '../../messages/fi.json'
import hr from '../../messages/hr.json'
import pl from '../../messages/pl.json'
import so from '../../messages/so.json'
import sr from '../../messages/sr.json'
import sv from '../../messages/sv.json'

const messages: Record<Locale, typeof sv> = { sv, fi, en, so, sr, bs, hr, pl, es, ar, fa }

/** The lines shown: the emergency number, the national helplines for adults and for children. */
const shown = ['emergency', 'kvinnofridslinjen', 'bris']

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const tel = (n: string) => `tel:${n.replace(/[^0-9+]/g, '')}`

export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

type Line = { id: string; name: string; phone: string; status: string }

/**
 * `helplines` defaults to the copy bundled with the app; the edge's static pages, made at build
 * (src/edge/pages.ts), pass the lines read by the seed's loader from the shared file.
 */
export function unavailableHtml(
  locale: Locale,
  quickExitUrl = 'https://www.smhi.se/',
  helplines: Line[] = (helplineFile as { helplines: Line[] }).helplines,
): string {
  const m = messages[locale]
  const lines = helplines
    .filter((h) => shown.includes(h.id) && h.status === 'confirmed')
    .sort((a, b) => shown.indexOf(a.id) - shown.indexOf(b.id))
  const number = lines.find((h) => h.id === 'emergency')?.phone ?? ''
  const call = escape(m.emergency.call).replace('{number}', `<bdi dir="ltr">${escape(number)}</bdi>`)
  const items = lines
    .map((h) => `<li><a href="${tel(h.phone)}"><span lang="sv">${escape(h.name)}</span>: <bdi dir="ltr">${escape(h.phone)}</bdi></a></li>`)
    .join('')
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${dirOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(m.unavailable.title)} – ${escape(m.site.name)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#0b0c0c;line-height:1.5}.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center;background:#1d3557;color:#fff;padding:.5rem 1rem}.bar a{color:#fff;font-weight:700}.exit{background:#b10e1e;padding:.5rem .75rem;border-radius:6px;text-decoration:none}main{max-width:42rem;padding:1rem}main a{color:#1a4f8b}a:focus{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}</style></head>
<body><div class="bar"><span><strong>${escape(m.emergency.label)}</strong> <a href="${tel(number)}">${call}</a></span>
<a class="exit" href="${escape(quickExitUrl)}" rel="nofollow noreferrer">${escape(m.quickExit.button)}</a></div>
<main id="main"><h1>${escape(m.unavailable.title)}</h1><p>${escape(m.unavailable.text)}</p><ul>${items}</ul>
<p><a href="">${escape(m.unavailable.retry)}</a></p></main></body></html>`
}
