/** The directives both policies share, in the order they are sent. */
function sharedDirectives(dev: boolean): Record<string, string> {
  return {
    'default-src': "'self'",
    // Next.js streams each page's data as inline <script> elements that differ per page and per
    // render; a cached page can carry neither a per-request nonce nor a hash known in advance, so
    // inline script elements stay allowed (README, "Content-Security-Policy"). 'self' still shuts
    // out every other host.
    'script-src': `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    // Inline event handlers (onerror=, onload=: the commonest injection) are never ours: none run.
    'script-src-attr': "'none'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': `'self'${dev ? ' ws: wss:' : ''}`,
    'media-src': "'self'",
    'frame-src': "'none'",
    'frame-ancestors': "'none'",
    'form-action': "'self'",
    'base-uri': "'none'",
    'object-src': "'none'",
    'worker-src': "'self'",
    'manifest-src': "'self'",
  }
}

const serialize = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

/**
 * Headers for the public pages. The reader may be watched: nothing leaves for another host, nothing
 * is framed, no referrer is sent when they follow a link out.
 */
export function publicContentSecurityPolicy(dev = process.env.NODE_ENV === 'development'): string {
  return serialize(sharedDirectives(dev))
}

/**
 * The admin's policy: rendered per request by Payload, which needs inline styles and Next's inline
 * scripts like the public pages; image previews of uploads are blob: URLs. Nothing from another
 * host (no avatar service, no CDN), no inline event handlers, not framed.
 */
export function adminContentSecurityPolicy(dev = process.env.NODE_ENV === 'development'): string {
  return serialize({
    ...sharedDirectives(dev),
    'font-src': "'self' data:",
    'media-src': "'self' blob:",
    'frame-src': "'self'",
    'worker-src': "'self' blob:",
  })
}

export const commonSecurityHeaders = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]
