import config from '@payload-config'
import { getPayload } from 'payload'

/** The Local API for server components and routes (one instance per server process). */
export const payloadClient = () => getPayload({ config })
