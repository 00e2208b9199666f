import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, SanitizedConfig } from 'payload'

import { connection } from '@/db/connection'
import { collectionTable } from '@/db/tables'

import { publishedPerLanguage } from './restore'

/**
 * Every publish here is of one language (rules.ts), and after it Payload 3 saves a draft "snapshot"
 * that keeps the other languages' pending text. That snapshot carries the time of the document
 * before the publish, while the publish answers with the new time; the edit view's stale-data check
 * compares the two and tells the editor who has just published, at their next keystroke, that
 * someone else changed the document (payloadcms/payload#16376; Payload's own fix is its
 * `localizeStatus`, still experimental). So the snapshot gets the time of the publish it belongs to.
 * A change by anyone else after it still makes a newer version with a time of its own.
 */
export const snapshotKeepsThePublishTime: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'update' || doc?._status !== 'published' || typeof doc.updatedAt !== 'string') return doc
  const table = collectionTable(req.payload, collection.slug, { versions: true })
  const db = await connection(req.payload, req)
  // Only this publish's snapshot: it is saved after the document, so not before the document's time.
  await db.execute(sql`
    UPDATE ${sql.identifier(table)} SET version_updated_at = ${doc.updatedAt}
    WHERE parent_id = ${doc.id} AND snapshot = true AND updated_at >= ${doc.updatedAt}`)
  return doc
}

/** Every collection published per language. Applied to the sanitized config. */
export function snapshotsKeepThePublishTime(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections.filter(publishedPerLanguage)) {
    collection.hooks.afterChange = [snapshotKeepsThePublishTime, ...(collection.hooks.afterChange ?? [])]
  }
  return config
}
