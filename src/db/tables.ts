import type { Payload } from 'payload'

type Adapter = { tableNameMap?: Map<string, string>; versionsSuffix?: string }

/**
 * The table Payload's Postgres adapter made for a collection: its slug in snake case
 * (supportServices → support_services), or for its versions `_support_services_v`.
 */
export function collectionTable(payload: Payload, slug: string, { versions = false } = {}): string {
  const adapter = payload.db as unknown as Adapter
  const snake = slug.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase()
  const name = versions ? `_${snake}${adapter.versionsSuffix ?? '_v'}` : snake
  return adapter.tableNameMap?.get(name) ?? name
}
