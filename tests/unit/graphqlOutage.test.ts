/** GraphQL while the database is going away: REST's 503, never GraphQL's 200 with the failed SQL. */
import { beforeEach, describe, expect, it, vi } from 'vitest'

const world = vi.hoisted(() => ({ watchSaysUp: true }))

vi.mock('@payload-config', () => ({ default: {} }))
vi.mock('@/resilience/databaseWatch', () => ({ databaseIsUp: () => world.watchSaysUp }))
vi.mock('@payloadcms/next/routes', async () => {
  const { databaseFailed } = await vi.importActual<typeof import('@/resilience/databaseWatch')>('@/resilience/databaseWatch')
  return {
    REST_OPTIONS: () => async () => new Response(null, { status: 204 }),
    // Payload's GraphQL: a query that fails is logged (the log filter reports the outage) and
    // answered 200 with the error's message, the SQL in it.
    GRAPHQL_POST: () => async () => {
      const cause = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })
      const failed = Object.assign(new Error('Failed query: select count(*) from "topics"'), { originalError: new Error('Failed query', { cause }) })
      databaseFailed(failed)
      return Response.json({ errors: [{ message: failed.message }], data: { Topics: null } })
    },
  }
})

const { POST } = await import('@/app/(payload)/api/graphql/route')
const { outageEnds } = await import('@/resilience/outage')

beforeEach(() => {
  world.watchSaysUp = true
  outageEnds()
})

describe('GraphQL when its query finds the database gone before the watch does', () => {
  it('answers 503 with Retry-After and a plain sentence, without the SQL', async () => {
    const res = await POST(new Request('http://localhost/api/graphql', { method: 'POST', body: '{"query":"{ Topics { totalDocs } }"}', headers: { 'content-type': 'application/json' } }))
    const body = await res.text()
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(body).not.toMatch(/select|Failed query/i)
  })
})
