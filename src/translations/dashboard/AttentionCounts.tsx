import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole, type PortalUser } from '@/access/roles'
import { label } from '@/i18n/adminText'
import { localeInfo, targetLocales, type Locale } from '@/i18n/locales'

import { attentionCounts } from '../queries'
import { stateLabels } from '../status'
import { filtersToQuery } from './filters'
import { dashboardText } from './labels'

/**
 * On the admin's home: what needs attention in the signed-in person's languages (a translator's
 * own; all ten for editors), each number a link into the dashboard filtered to it.
 */
export async function AttentionCounts({ payload, user, i18n }: ServerProps) {
  const u = user as PortalUser | undefined
  if (!u || !hasRole(u, 'admin', 'editor', 'translator')) return null
  const t = dashboardText(i18n)
  const locales = hasRole(u, 'translator') ? ((u.languages ?? []) as Locale[]) : targetLocales
  if (locales.length === 0) return null
  const counts = await attentionCounts(payload, locales)
  const base = `${payload.config.routes.admin}/translations`
  const link = (state: 'missing' | 'outdated' | 'needs-review', l: Locale, n: number) =>
    n > 0 ? <a href={`${base}?${filtersToQuery({ states: [state], locales: [l] })}`}>{`${label(stateLabels[state], i18n)}: ${n}`}</a> : null
  return (
    <section className="translation-attention" aria-labelledby="translation-attention-title">
      <h2 id="translation-attention-title">
        <a href={base}>{t.title}</a>
      </h2>
      <ul>
        {locales.map((l) => {
          const c = counts[l]
          const todo = c.missing + c.outdated + c.needsReview
          return (
            <li key={l}>
              <strong lang={l} dir={localeInfo(l).dir}>{localeInfo(l).nativeName}</strong>{' '}
              {todo === 0 ? t.complete : <>{link('outdated', l, c.outdated)} {link('missing', l, c.missing)} {link('needs-review', l, c.needsReview)}</>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
