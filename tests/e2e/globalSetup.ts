/**
 * One sign-in for all API calls the browser tests make as admin. Payload keeps a list of sessions
 * per account and two sign-ins of the same account at the same moment can lose one of them, so the
 * tests never sign the admin in concurrently: this token is made once, before any test runs.
 */
import fs from 'node:fs'

export const authFile = 'test-results/e2e-admin-token'

export default async function globalSetup() {
  const baseURL = process.env.BASE_URL ?? 'http://localhost:3100'
  const res = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  if (!res.ok) throw new Error(`The e2e admin could not sign in (${res.status})`)
  const { token } = (await res.json()) as { token: string }
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync(authFile, token, { mode: 0o600 })
}
