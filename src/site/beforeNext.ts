import { Server, type IncomingMessage, type ServerResponse } from 'node:http'

import { methodAnswer } from './methods'
import { commonSecurityHeaders, publicContentSecurityPolicy } from './security'

const installed = Symbol.for('fri-fran-vald.beforeNext')

/**
 * What the Node server does with a request before Next sees it. Next has no hook that runs for
 * every route: its proxy is matched by address, and skips the plain page reads that make a peak
 * (which keeps them fast), and a header rule in next.config.ts cannot tell a 404 from a 200.
 * - A method a page or route does not take is answered here (./methods.ts).
 * - A build file that is not there (`/_next/static/…`) answers Next's not-found page with a year's
 *   `s-maxage`: in a rolling update a page of the new build may ask an old instance for its
 *   scripts, and a cache that kept that 404 would break the site for everyone until it expired.
 *   Its 404 says `no-store`; the files that are there keep Next's own year.
 */
export function installBeforeNext(prototype: typeof Server.prototype = Server.prototype) {
  if (Object.hasOwn(prototype, installed)) return
  const emit = prototype.emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse]
      const answer = methodAnswer(req.method ?? 'GET', req.url ?? '/')
      if (answer) {
        const body = answer.status === 405 ? `Method not allowed: ${req.method} is not answered here. Allowed: ${answer.allow}.\n` : ''
        res.writeHead(answer.status, {
          // The headers Next would have added (next.config.ts); the body is plain text either way.
          ...Object.fromEntries(commonSecurityHeaders.map((h) => [h.key, h.value])),
          'content-security-policy': publicContentSecurityPolicy(),
          allow: answer.allow,
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
          'content-length': Buffer.byteLength(body),
        })
        res.end(body)
        return true
      }
      if (req.url?.startsWith('/_next/static/')) missingIsNotKept(res)
    }
    return emit.call(this, event, ...args)
  } as typeof prototype.emit
  Object.defineProperty(prototype, installed, { value: true })
}

/** A 404 of this answer says `no-store`, whatever Next set (its headers are all written in writeHead). */
function missingIsNotKept(res: ServerResponse) {
  const writeHead = res.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (args[0] === 404) {
      this.setHeader('cache-control', 'no-store')
      // Headers handed to writeHead itself win over setHeader's: drop theirs.
      for (const given of args.slice(1)) {
        if (Array.isArray(given)) for (let i = given.length - 2; i >= 0; i -= 2) if (String(given[i]).toLowerCase() === 'cache-control') given.splice(i, 2)
        if (given && typeof given === 'object' && !Array.isArray(given)) for (const key of Object.keys(given)) if (key.toLowerCase() === 'cache-control') delete (given as Record<string, unknown>)[key]
      }
    }
    return writeHead.apply(this, args)
  } as typeof res.writeHead
}
