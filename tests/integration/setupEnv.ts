import { inject } from 'vitest'

// Payload reads these when its config is first imported, so they are set before any test file loads.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
