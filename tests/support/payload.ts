import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

let counter = 0

/** A staff account of the given role, as the access rules will see it (collection set, like a signed-in user). */
export async function makeUser(payload: Payload, role: Role, locales: Locale[] = []): Promise<User & { collection: 'users' }> {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${role}-${counter}-${Date.now()}@test.example`, password: 'correct-horse-battery', role, languages: locales as never },
  })
  return { ...user, collection: 'users' }
}

/** Rich text with one paragraph, as the Lexical editor stores it. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const,
      children: [{ type: 'paragraph', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, textFormat: 0, textStyle: '',
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] }],
    },
  }
}

/** Expect a promise to be refused by Payload with the given HTTP status. */
export async function refusal(promise: Promise<unknown>): Promise<number> {
  try {
    await promise
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
  return 200
}
