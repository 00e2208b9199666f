/** The depth check that keeps a deeply nested JSON body away from Payload's recursive field walks. */
import { describe, expect, it } from 'vitest'

import { jsonDepth, maxJsonDepth, refuseDeepJson } from '@/site/apiErrors'

describe('jsonDepth', () => {
  it('counts objects and arrays, and skips brackets inside strings', () => {
    expect(jsonDepth('"text"')).toBe(0)
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4)
    expect(jsonDepth('{"a":"[[[{{{\\"]]]"}')).toBe(1)
    expect(jsonDepth('{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}')).toBe(5001)
  })
})

describe('refuseDeepJson', () => {
  const ok = refuseDeepJson(async (request: Request) => Response.json(await request.json()))
  const post = (body: string, type = 'application/json; charset=latin1') => new Request('http://localhost/api/brochures', { method: 'POST', headers: { 'content-type': type }, body })

  it('answers a body nested past the limit with a 400 that says why, before the handler runs', async () => {
    const res = await ok(post('{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}'))
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain(String(maxJsonDepth))
  })

  it('passes an ordinary body on untouched, and leaves other content types alone', async () => {
    const body = '{"adult":{"title":"x","body":{"root":{"children":[{"children":[]}]}}}}'
    const res = await ok(post(body))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(JSON.parse(body))
    const xml = await refuseDeepJson(async () => new Response('handled'))(post('['.repeat(500), 'application/xml'))
    expect(await xml.text()).toBe('handled')
  })
})
