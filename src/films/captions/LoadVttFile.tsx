'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import { customText } from '@/i18n/adminText'

import type { FilmWords } from '../words'

/** A captions file is small; anything bigger is not one. */
const maxBytes = 2 * 1024 * 1024

/**
 * Above the captions field: load a .vtt file into it (read in the browser, nothing uploaded), to
 * check and save like typed text. The server validates on save, whatever the source.
 */
export function LoadVttFile({ path }: { path?: string }) {
  const { setValue } = useField<string>({ path: path ?? 'captions' })
  const { i18n } = useTranslation()
  const w = customText<FilmWords>(i18n.t, 'films')
  const [failed, setFailed] = useState(false)
  const id = useId()

  const load = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    try {
      if (file.size > maxBytes) throw new Error('too large')
      // A byte order mark is allowed by WebVTT but is no part of the text.
      setValue((await file.text()).replace(/^\uFEFF/, ''))
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }

  return (
    <div className="load-vtt-file" style={{ margin: '0.25rem 0 0.5rem' }}>
      <label htmlFor={id}>{w('loadFile')} </label>
      <input id={id} type="file" accept=".vtt,text/vtt" onChange={load} aria-describedby={`${id}-help`} />
      <p id={`${id}-help`} style={{ margin: '0.25rem 0 0', fontSize: '0.9em' }}>{w('loadFileHelp')}</p>
      {failed && <p role="alert">{w('loadFailed')}</p>}
    </div>
  )
}
