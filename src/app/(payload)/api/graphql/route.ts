import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { outageActive } from '@/resilience/outage'
import { unavailableApiResponse, unlessDatabaseIsAway } from '@/resilience/unavailableApi'

const graphql = GRAPHQL_POST(config)

/**
 * GraphQL, with a sentence where it would refuse a body that is not JSON with an empty answer, and
 * a 503 like REST's when its query found the database gone before the watch did: GraphQL itself
 * answers that with a 200 whose errors carry the failed SQL.
 */
export const POST = unlessDatabaseIsAway(async (request: Request) => {
  const response = await graphql(request)
  if (outageActive()) return unavailableApiResponse()
  if (response.status !== 415) return response
  return Response.json({ errors: [{ message: 'Send GraphQL requests as JSON (Content-Type: application/json).' }] }, { status: 415 })
})

export const OPTIONS = REST_OPTIONS(config)
