import pg from 'pg'

import { confirmRecoveryWith, databaseFailed } from '@/resilience/databaseWatch'

/**
 * pg's pool, with its connections' errors handled. When PostgreSQL goes away it ends every
 * connection; pg reports that for one idling in the pool as an 'error' event on the pool, and for
 * one checked out between two statements as an 'error' event on the client. Unheard, Node throws
 * either as an uncaughtException. A query that was running fails by itself, and the pool opens new
 * connections once the database is back, so noting the outage is all there is to do. Its queries
 * also tell the database watch when an outage is over (its port alone does not).
 */
class Pool extends pg.Pool {
  constructor(options?: pg.PoolConfig) {
    super(options)
    this.on('error', noteError)
    this.on('connect', (client) => client.on('error', noteError))
    confirmRecoveryWith(() => this.query('SELECT 1'))
  }
}

function noteError(error: Error) {
  // Anything else (which pg does not expect here) is logged, still without ending the process.
  if (!databaseFailed(error)) console.error('PostgreSQL connection error:', error)
}

/** The pg module as Payload's adapter uses it (its `pg` option), with the pool above. */
export const pgWithHandledErrors: typeof pg = { ...pg, Pool }
