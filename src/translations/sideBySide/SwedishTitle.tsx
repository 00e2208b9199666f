'use client'

import { useConfig, useDocumentInfo, useDocumentTitle, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { customText } from '@/i18n/adminText'

import type { sideBySideWords } from './words'

/**
 * A document without a title in the language being edited is headed by its Swedish title, marked
 * as such, instead of by its id: Payload falls back to the id when the title field is empty in the
 * current language. Renders nothing itself; it sets the edit view's title (header and breadcrumb).
 */
export function SwedishTitle() {
  const { id, collectionSlug } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { getEntityConfig } = useConfig()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const swedish = useRef<{ key: string; title: string | null } | null>(null)
  const useAsTitle = collectionSlug ? getEntityConfig({ collectionSlug })?.admin?.useAsTitle : undefined
  const code = locale?.code

  useEffect(() => {
    if (!id || !collectionSlug || !useAsTitle || !code || code === 'sv' || String(title) !== String(id)) return
    const key = `${collectionSlug}/${id}`
    const show = (sv: string | null) => {
      if (sv) setDocumentTitle(`${sv} (${customText<typeof sideBySideWords.sv>(i18n.t, 'sideBySide')('swedishTitle')})`)
    }
    if (swedish.current?.key === key) return show(swedish.current.title)
    let live = true
    fetch(`/api/${collectionSlug}/${id}?locale=sv&draft=true&depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc: Record<string, unknown> | null) => {
        const sv = typeof doc?.[useAsTitle] === 'string' && doc[useAsTitle] ? String(doc[useAsTitle]) : null
        swedish.current = { key, title: sv }
        if (live) show(sv)
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [id, collectionSlug, useAsTitle, code, title, setDocumentTitle, i18n.language])

  return null
}
