import { createHash } from 'node:crypto'

/** JSON with object keys sorted, so that the same content always gives the same text. */
function canonical(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'null'
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * A short, stable fingerprint of field values. Any change (a comma, bold on a word) changes it; an
 * empty value and a missing one are the same. 16 hex digits is plenty to tell versions of a text apart.
 */
export function fingerprint(...values: unknown[]): string {
  return createHash('sha256').update(canonical(values)).digest('hex').slice(0, 16)
}
