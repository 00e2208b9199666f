import { Forbidden, type Field, type FieldAccess, type FieldHook, type SanitizedConfig } from 'payload'

import { keptRowsClass } from './keptRows'
import { hasRole } from './roles'

/** Translators change the text of their languages; never what every language shares. */
export const notTranslator: FieldAccess = ({ req }) => !hasRole(req.user, 'translator')

/**
 * `_status` is shared but guarded by the publishing rule (src/translations/publishing/rules.ts): a
 * translator's draft and their "Publish in <language>" both write it.
 */
const guardedElsewhere = new Set(['_status', 'id'])

/** Whether a field or anything inside it is stored per language. */
export function hasLocalizedField(fields: Field[]): boolean {
  return fields.some((f) => ('localized' in f && f.localized) || childFieldLists(f).some(hasLocalizedField))
}

function childFieldLists(field: Field): Field[][] {
  if (field.type === 'tabs') return field.tabs.map((t) => t.fields)
  if (field.type === 'blocks') return (field.blocks ?? []).map((b) => (typeof b === 'string' ? [] : b.fields))
  if ('fields' in field && Array.isArray(field.fields)) return [field.fields]
  return []
}

const rowIds = (rows: unknown): unknown[] => (Array.isArray(rows) ? rows.map((row) => (row as { id?: unknown } | null)?.id ?? null) : [])

/**
 * Adding, removing or reordering rows changes every language at once: a translator's save must
 * carry exactly the stored rows, in order (also an XLIFF import, which saves the rows it read).
 */
export const translatorsKeepRows: FieldHook = ({ value, previousValue, overrideAccess, req }) => {
  if (overrideAccess || !hasRole(req.user, 'translator')) return value
  const now = rowIds(value)
  const before = rowIds(previousValue)
  if (now.length !== before.length || now.some((id, i) => id !== before[i])) throw new Forbidden(req.t)
  return value
}

/**
 * Deny translators every field shared by all languages: the leaves, and lists as a whole unless
 * their rows hold translated text.
 */
function closeFields(fields: Field[]): void {
  for (const field of fields) {
    if ('localized' in field && field.localized) continue
    if (field.type === 'tabs' || field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      // A group only holds its children's values: close those, so localized text inside stays open.
      childFieldLists(field).forEach(closeFields)
      continue
    }
    if (field.type === 'ui' || !('name' in field) || guardedElsewhere.has(field.name)) continue
    if (field.type === 'array' && hasLocalizedField(field.fields)) {
      // Rows whose text is translated (key dates, footer links): a translator writes that text in
      // the rows there are; the rows themselves and their other fields stay shared.
      field.hooks = { ...field.hooks, beforeValidate: [translatorsKeepRows, ...(field.hooks?.beforeValidate ?? [])] }
      // The admin hides those rows' controls from translators (src/access/KeptRowsControls.tsx).
      field.admin = { ...field.admin, className: [field.admin?.className, keptRowsClass].filter(Boolean).join(' ') }
      closeFields(field.fields)
      continue
    }
    // Rows of an array or blocks are shared by every language, also when their text is not.
    const own = field.access?.update
    field.access = { ...field.access, update: own ? async (args) => (await notTranslator(args)) && own(args) : notTranslator }
  }
}

/**
 * Closed by default: in every collection and global that has translations, every field that is not
 * localized (including the ones Payload adds: the upload's file fields, timestamps) gets update
 * access that denies translators. Applied to the sanitized config, so it sees every field there is.
 */
export function closeSharedFields(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) {
    if (hasLocalizedField(entity.fields)) closeFields(entity.fields)
  }
  return config
}
