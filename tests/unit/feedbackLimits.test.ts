/** The feedback form's hourly limits and how a client is told apart, without keeping its address. */
import { describe, expect, it } from 'vitest'

import { FeedbackLimiter, perClientPerHour, totalPerHour } from '@/feedback/rateLimit'
import { clientAddress, trustedProxies } from '@/site/clientAddress'

const hour = 3_600_000
const start = Date.UTC(2030, 0, 1, 10, 0, 0)

describe('the feedback limiter', () => {
  it(`takes ${perClientPerHour} messages per client an hour, counts clients apart, and starts afresh the next hour`, () => {
    const limiter = new FeedbackLimiter()
    for (let i = 0; i < perClientPerHour; i++) expect(limiter.take('203.0.113.7', start + i * 1000)).toBe(true)
    expect(limiter.take('203.0.113.7', start + 59 * 60_000)).toBe(false)
    expect(limiter.take('203.0.113.8', start + 59 * 60_000)).toBe(true)
    expect(limiter.take('203.0.113.7', start + hour)).toBe(true)
  })

  it(`takes at most ${totalPerHour} messages an hour from all clients together`, () => {
    const limiter = new FeedbackLimiter()
    for (let i = 0; i < totalPerHour; i++) expect(limiter.take(`198.51.100.${i}`, start)).toBe(true)
    expect(limiter.take('192.0.2.1', start)).toBe(false)
    expect(limiter.take('192.0.2.1', start + hour)).toBe(true)
  })

  it('holds keys under a salt that changes every hour, never the address', () => {
    const limiter = new FeedbackLimiter()
    limiter.take('203.0.113.7', start)
    const [first] = limiter.held()
    expect(first).not.toContain('203')
    expect(first).toMatch(/^[\w-]{43}$/)
    limiter.take('203.0.113.7', start + hour)
    expect(limiter.held()).toHaveLength(1)
    expect(limiter.held()[0]).not.toBe(first)
  })
})

describe('the client address', () => {
  it('is the one entry Next wrote from the socket when no proxy is trusted', () => {
    expect(trustedProxies(undefined)).toBe(0)
    expect(clientAddress('::ffff:127.0.0.1', 0)).toBe('::ffff:127.0.0.1')
    expect(clientAddress(null, 0)).toBe('unknown')
  })

  it('is the entry our outermost trusted proxy appended, whatever the client put before it', () => {
    expect(trustedProxies('1')).toBe(1)
    expect(trustedProxies('true')).toBe(1)
    expect(trustedProxies('2')).toBe(2)
    expect(trustedProxies('yes please')).toBe(0)
    expect(clientAddress('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7', 2)).toBe('203.0.113.7')
  })
})
