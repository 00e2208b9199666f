/** The file routes' HTTP around Payload's (src/media/fileAnswers.ts): a failure is never kept. */
import { describe, expect, it } from 'vitest'

import { fileAnswers } from '@/media/fileAnswers'

describe('a failure on the file routes', () => {
  it('is never kept, whatever caching was decided before the file was looked for', async () => {
    for (const status of [400, 403, 404, 416, 500]) {
      const answer = await fileAnswers(async () => new Response('{}', { status, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }))(
        new Request('http://localhost:3000/api/media/file/gone.png?v=abc'),
      )
      expect(answer.status).toBe(status)
      expect(answer.headers.get('cache-control'), String(status)).toBe('no-store')
    }
    for (const status of [200, 206, 304]) {
      const answer = await fileAnswers(async () => new Response(status === 304 ? null : 'x', { status, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }))(
        new Request('http://localhost:3000/api/media/file/there.png?v=abc'),
      )
      expect(answer.headers.get('cache-control'), String(status)).toBe('public, max-age=31536000, immutable')
    }
  })
})
