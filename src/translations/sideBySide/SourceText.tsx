'use client'

import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { diffWords } from 'diff'
import React, { useEffect, useState } from 'react'

import { customText } from '@/i18n/adminText'

import type { SourceView } from '../source'
import type { sideBySideWords } from './words'
import './sourceText.css'


// One request per document and language, shared by all the fields of the form.
const cache = new Map<string, Promise<SourceView | null>>()
function load(collection: string, id: string | number, locale: string): Promise<SourceView | null> {
  const key = `${collection}/${id}/${locale}`
  if (!cache.has(key)) {
    cache.set(
      key,
      fetch(`/api/translations/source?collection=${collection}&id=${id}&locale=${locale}`, { credentials: 'include' })
        .then((r) => (r.ok ? (r.json() as Promise<SourceView>) : null))
        .catch(() => null),
    )
    // Fresh after a save or a change of language: forget it soon.
    setTimeout(() => cache.delete(key), 5000)
  }
  return cache.get(key)!
}

/**
 * Side-by-side editing: below a localized field, in any language but Swedish, the Swedish source
 * of that field, and where the translation is outdated, what changed in the source since
 * (deleted words struck through, new words underlined).
 */
export function SourceText({ fieldPath, path }: { fieldPath: string; path?: string }) {
  const { id: docId, collectionSlug, globalSlug } = useDocumentInfo()
  // A global is document 0 (see translatable.ts); a field in an array row has its row's index in `path`.
  const target = collectionSlug ?? globalSlug
  const id = globalSlug ? 0 : docId
  const key = path ?? fieldPath
  const locale = useLocale()
  const { i18n } = useTranslation()
  const w = customText<typeof sideBySideWords.sv>(i18n.t, 'sideBySide')
  const [view, setView] = useState<SourceView | null>(null)
  const code = locale?.code

  useEffect(() => {
    let live = true
    setView(null)
    if ((id || id === 0) && target && code && code !== 'sv') load(target, id, code).then((v) => live && setView(v))
    return () => {
      live = false
    }
  }, [id, target, code])

  const field = view?.fields[key]
  if (!field || code === 'sv') return null
  return (
    <div className="translation-source" data-testid="translation-source">
      <strong>{w('source')}</strong>
      <p className="translation-source__text" lang="sv" dir="ltr">{field.current || w('empty')}</p>
      {field.basedOn !== null && (
        <details open>
          <summary>{w('changed')}</summary>
          <p className="translation-source__text" lang="sv" dir="ltr">
            {diffWords(field.basedOn, field.current).map((part, i) =>
              part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
            )}
          </p>
        </details>
      )}
    </div>
  )
}
