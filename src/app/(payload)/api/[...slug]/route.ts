import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { fileAnswers } from '@/media/fileAnswers'
import { unlessDatabaseIsAway } from '@/resilience/unavailableApi'
import { notFoundForMissingAPIs, refuseDeepJson } from '@/site/apiErrors'
import { headFromGet } from '@/site/head'

export const GET = notFoundForMissingAPIs(unlessDatabaseIsAway(fileAnswers(REST_GET(config))))
export const POST = notFoundForMissingAPIs(unlessDatabaseIsAway(refuseDeepJson(REST_POST(config))))
export const DELETE = notFoundForMissingAPIs(unlessDatabaseIsAway(REST_DELETE(config)))
export const PATCH = notFoundForMissingAPIs(unlessDatabaseIsAway(refuseDeepJson(REST_PATCH(config))))
export const PUT = notFoundForMissingAPIs(unlessDatabaseIsAway(refuseDeepJson(REST_PUT(config))))
// Files (/api/media/file/…, /api/film-files/file/…) and every other read: as GET, without the body.
export const HEAD = headFromGet(GET)
export const OPTIONS = REST_OPTIONS(config)
