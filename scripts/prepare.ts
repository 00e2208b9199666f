/**
 * Bring the database to the current schema (committed migrations), seed demo content into an empty
 * database, and create the first admin with a random password printed once.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { scriptPayload } from '@/db/scriptPayload'
import { migrations } from '@/migrations'
import { seed } from '@/seed'

export async function prepare({ seedDemo = true, log = console.log } = {}): Promise<Payload> {
  const payload = await scriptPayload()
  // The generated index is typed for prodMigrations; the runner takes the same objects.
  await payload.db.migrate({ migrations: migrations as never })
  if (seedDemo) await seed(payload, { log })
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) {
    const email = process.env.ADMIN_EMAIL || 'admin@example.org'
    // ADMIN_PASSWORD is for automated setups (tests, a container's first start); never a shared default.
    const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
    await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, role: 'admin', name: 'Admin' } })
    log(
      [
        '',
        '  ┌─────────────────────────────────────────────────────────────',
        '  │ The first admin account was created. Shown this once only:',
        `  │   e-mail:   ${email}`,
        `  │   password: ${process.env.ADMIN_PASSWORD ? '(from ADMIN_PASSWORD)' : password}`,
        '  │ Sign in at /admin and change it under your account.',
        '  └─────────────────────────────────────────────────────────────',
        '',
      ].join('\n'),
    )
  }
  return payload
}
