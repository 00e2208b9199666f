'use client'

import { ArrayField, useAuth } from '@payloadcms/ui'
import type { ArrayFieldClientProps } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * A list whose rows hold translated text (key dates, footer links), as a translator sees it: the
 * rows' text to translate, without add, remove, duplicate, paste or drag, which the server refuses
 * them anyway (translatorsKeepRows in src/access/sharedFields.ts). Payload has no per-role switch
 * for those controls short of making the whole list read-only, text and all.
 */
export function RowsKept(props: ArrayFieldClientProps) {
  const { user } = useAuth()
  if (!hasRole(user, 'translator')) return <ArrayField {...props} />
  return (
    <div className="rows-kept">
      <ArrayField {...props} field={{ ...props.field, admin: { ...props.field.admin, isSortable: false } as typeof props.field.admin }} />
    </div>
  )
}
