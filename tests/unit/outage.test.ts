/** Which errors say the database could not be reached (counted during an outage, not logged in full). */
import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '@/resilience/outage'

const wrapped = (cause: unknown) => new Error('Failed query: select "id" from "topics" where "id" = $1\nparams: 1', { cause })
const coded = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it('knows a lost or refused connection, also inside a failed query', () => {
    expect(isDatabaseUnavailable(wrapped(coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')))).toBe(true)
    expect(isDatabaseUnavailable(wrapped(new Error('Connection terminated unexpectedly')))).toBe(true)
    expect(isDatabaseUnavailable(coded('terminating connection due to administrator command', '57P01'))).toBe(true)
    expect(isDatabaseUnavailable(wrapped(new Error('timeout exceeded when trying to connect')))).toBe(true)
  })

  it('sees through GraphQL, which keeps the error it wraps as originalError', () => {
    const graphQLError = Object.assign(new Error('Failed query: select count(*) from "topics"'), { originalError: wrapped(coded('terminating connection due to administrator command', '57P01')) })
    expect(isDatabaseUnavailable(graphQLError)).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('Cannot query field "x"'), { originalError: undefined }))).toBe(false)
  })

  it('leaves every other error to be logged', () => {
    expect(isDatabaseUnavailable(wrapped(coded('invalid input syntax for type integer: "x"', '22P02')))).toBe(false)
    expect(isDatabaseUnavailable(wrapped(coded('duplicate key value violates unique constraint', '23505')))).toBe(false)
    expect(isDatabaseUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false)
    expect(isDatabaseUnavailable('Connection terminated')).toBe(false)
  })
})
