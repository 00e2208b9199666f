'use client'

import { useAuth } from '@payloadcms/ui'
import type { ReactNode } from 'react'

import { keptRowsClass } from './keptRows'
import { hasRole } from './roles'

const list = `.array-field.${keptRowsClass}`

/**
 * What a translator may not do to a list of translated rows, hidden: add, add below, duplicate,
 * remove, move, drag, paste. The server refuses all of it anyway (translatorsKeepRows). Payload
 * ties these controls to the list's read-only state, which would lock the text too, and a wrapper
 * around its array field lost the rows' fields; so the list keeps Payload's own component and the
 * translator gets a style sheet. It is rendered with the page (the signed-in user is known on the
 * server), so the controls never flash, and it goes when the user changes.
 */
const hideRowControls = `
${list} .array-field__add-row,
${list} .array-actions,
${list} .collapsible__drag,
${list} .array-field__header-actions .clipboard-action__popup { display: none !important; }
`

export function KeptRowsControls({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  return (
    <>
      {hasRole(user, 'translator') && <style data-kept-rows="">{hideRowControls}</style>}
      {children}
    </>
  )
}
