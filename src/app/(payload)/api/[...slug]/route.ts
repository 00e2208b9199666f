import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { unlessDatabaseIsAway } from '@/resilience/unavailableApi'

export const GET = unlessDatabaseIsAway(REST_GET(config))
export const POST = unlessDatabaseIsAway(REST_POST(config))
export const DELETE = unlessDatabaseIsAway(REST_DELETE(config))
export const PATCH = unlessDatabaseIsAway(REST_PATCH(config))
export const PUT = unlessDatabaseIsAway(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
