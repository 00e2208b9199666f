'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { keyDateRowLabel, type KeyDateRow } from './rowLabel'

/**
 * A key date's row in the admin: its name and date instead of "Date 01". The name is isolated
 * (<bdi>) because it may be in another direction than the admin (a Swedish name in an Arabic admin).
 */
export function KeyDateRowLabel() {
  const { data, rowNumber } = useRowLabel<KeyDateRow>()
  const { i18n } = useTranslation()
  const { name, when, fallback } = keyDateRowLabel(data, rowNumber ?? 0, i18n)
  if (fallback) return <span>{fallback}</span>
  return (
    <span>
      {name && <bdi>{name}</bdi>}
      {name && when ? ' ' : ''}
      {when && (name ? <>({when})</> : when)}
    </span>
  )
}
