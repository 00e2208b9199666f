import { createHash, randomBytes } from 'node:crypto'

/**
 * Calendar subscription tokens. The token goes into the feed URL a communicator pastes into
 * Outlook or Google Calendar; only its SHA-256 is stored on the user, so a database dump gives no
 * working feed URL. A new token replaces the old one; revoking clears it.
 */
export const newToken = () => randomBytes(32).toString('base64url')

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Tokens are 43 base64url characters; anything else is refused before touching the database. */
export const looksLikeToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
