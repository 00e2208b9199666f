/**
 * Instances of one deployment (NEXT_DEPLOYMENT_ID) must run the same build with the same secrets:
 * one that differs half-works (a staff session, a form or a page's scripts fail on it alone). Each
 * instance keeps a fingerprint of them in Redis while it runs; one that starts with another
 * fingerprint for the same deployment refuses to start and says which value differs. Only the
 * fingerprint is stored: an HMAC of each value, never the value.
 */
import { createHmac } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@redis/client'

/** How long a fingerprint outlives the last instance that renewed it (after a change made everywhere, the wait). */
const RECORD_SECONDS = 90

export function fingerprint(env: Record<string, string | undefined>, buildId: string): Record<string, string> {
  const mac = (value: string) => createHmac('sha256', `fri-fran-vald:${env.NEXT_DEPLOYMENT_ID}`).update(value).digest('hex').slice(0, 16)
  return {
    build: mac(buildId),
    PAYLOAD_SECRET: mac(env.PAYLOAD_SECRET ?? ''),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: mac(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? ''),
  }
}

/** What differs between the running instances' fingerprint and this one's, one sentence each. */
export function differences(running: Record<string, string>, mine: Record<string, string>, deployment: string): string[] {
  return Object.keys(mine)
    .filter((k) => running[k] !== mine[k])
    .map((k) =>
      k === 'build'
        ? `this instance runs another build than the running instances of deployment "${deployment}" (give each build its own NEXT_DEPLOYMENT_ID).`
        : `${k} differs from the running instances' of deployment "${deployment}".`,
    )
}

/**
 * Compare with the running instances and keep this one's fingerprint alive; the problems found
 * (empty when it agrees). Redis not answering is no reason to refuse: the check is then skipped.
 */
export async function checkSameBuild(env: Record<string, string | undefined> = process.env): Promise<string[]> {
  const deployment = env.NEXT_DEPLOYMENT_ID ?? ''
  let buildId = 'unknown'
  try {
    buildId = fs.readFileSync(path.join(process.cwd(), env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    // Not where `next start` keeps it: the secrets are still compared.
  }
  const mine = fingerprint(env, buildId)
  const key = `fri-fran-vald:deployment:${deployment}`
  const client = createClient({ url: env.REDIS_URL, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: (n) => Math.min(250 * (n + 1), 2000) } })
  client.on('error', () => {
    // The cache handler reports Redis outages; this check only skips a renewal.
  })
  try {
    // A Redis that does not answer must not hold up the start; the client keeps reconnecting.
    const connecting = client.connect()
    connecting.catch(() => undefined)
    await Promise.race([connecting, new Promise((_, reject) => AbortSignal.timeout(3000).addEventListener('abort', () => reject(new Error('no answer within 3 s'))))])
    const stored = await client.get(key)
    const found = stored ? differences(JSON.parse(stored) as Record<string, string>, mine, deployment) : []
    if (found.length) {
      client.destroy()
      return found
    }
  } catch (error) {
    console.warn(`Several instances: Redis did not answer, so this instance's build and secrets were not compared with the others' (${(error as Error).message}).`)
  }
  const renew = () => client.set(key, JSON.stringify(mine), { EX: RECORD_SECONDS }).catch(() => undefined)
  await renew()
  setInterval(renew, (RECORD_SECONDS / 3) * 1000).unref()
  return []
}
