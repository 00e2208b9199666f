import type { Payload } from 'payload'

/**
 * Payload for a script run under tsx (outside Next). `payload` is evaluated before the config on
 * purpose: importing the config first leaves a module cycle with top-level await that never settles
 * under Node's own ESM loader.
 */
export async function scriptPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
