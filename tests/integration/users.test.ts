import { describe, expect, it } from 'vitest'

import { getTestPayload } from '../support/payload'

describe('the first account', () => {
  // Payload's first-user screen creates the account with access overridden, as here.
  it('becomes admin whatever role was asked for; later ones do not', async () => {
    const payload = await getTestPayload()
    // Start from a database without accounts, as on a new install.
    await payload.delete({ collection: 'users', where: { id: { exists: true } }, overrideAccess: true })
    const first = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `first-${Date.now()}@test.example`, password: 'pw-pw-pw-pw-pw', role: 'translator' } })
    expect(first.role).toBe('admin')
    const second = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `second-${Date.now()}@test.example`, password: 'pw-pw-pw-pw-pw', role: 'editor' } })
    expect(second.role).toBe('editor')
  })
})
