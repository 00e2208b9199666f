/**
 * Who sent a request, for limits only (never stored, never logged).
 *
 * Next writes the socket's address into X-Forwarded-For, but only when the request has no such
 * header of its own, so a client could claim any address. Unless TRUST_PROXY says how many proxies
 * of ours stand in front of the app, the proxy (src/proxy.ts) therefore drops the client's header,
 * and the one entry left is the socket's. With TRUST_PROXY=n, each of our n proxies appended the
 * address it saw, so the n-th entry from the right is the client as our outermost proxy saw it.
 */
export function trustedProxies(value = process.env.TRUST_PROXY): number {
  if (!value) return 0
  if (value === 'true') return 1
  return /^\d+$/.test(value) ? Number(value) : 0
}

export function clientAddress(forwardedFor: string | null | undefined, proxies = trustedProxies()): string {
  const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter(Boolean)
  return hops[Math.max(0, hops.length - Math.max(1, proxies))] ?? 'unknown'
}
