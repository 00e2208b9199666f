import { ServerResponse } from 'node:http'

const installed = Symbol.for('fri-fran-vald.flushHeadersWithFirstChunk')

/**
 * Next streams every answer it does not hold as one string (a cached page kept as bytes, see
 * asBytes in cacheHandler.mjs; a page rendered per request) through a writer that calls
 * `res.flushHeaders()` and then, in the same tick, `res.write(firstChunk)`. Node then sends the
 * headers in a packet and a system call of their own, and the reader's side wakes twice: a tenth of
 * the server's time on a cached topic (CPU profile, issue #12). Corked until the end of the tick,
 * the headers still leave at once, but together with the first chunk when one follows, as Node
 * does for an answer whose headers are not flushed by hand.
 */
export function flushHeadersWithFirstChunk(prototype: typeof ServerResponse.prototype = ServerResponse.prototype) {
  if (Object.hasOwn(prototype, installed)) return
  const flushHeaders = prototype.flushHeaders
  prototype.flushHeaders = function (this: ServerResponse) {
    const socket = this.socket
    if (this.headersSent || !socket || socket.destroyed) return flushHeaders.call(this)
    socket.cork()
    flushHeaders.call(this)
    process.nextTick(() => socket.uncork())
  }
  Object.defineProperty(prototype, installed, { value: true })
}
