/**
 * Interface-string overrides (collection `interface-strings`): who may write them, in which
 * language, and that a bad one is refused with a clear message before it can reach the site.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { interfaceStringStatus, loadInterfaceOverrides } from '@/translations/interfaceOverrides'
import { loadMessages, swedishStrings, withOverrides } from '@/translations/interfaceStrings'

import { getTestPayload, makeUser, refusal } from '../support/payload'

type Staff = User & { collection: 'users' }
let payload: Payload
let editor: Staff, translator: Staff, communicator: Staff

// Keys of messages/sv.json: one without placeholders, one with `{phone}`, one with a plural.
const plain = 'quickExit.button'
const withPhone = [...swedishStrings()].find(([, v]) => v.includes('{phone}'))![0]
const withPlural = [...swedishStrings()].find(([, v]) => v.includes('plural'))![0]

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['so'])
  communicator = await makeUser(payload, 'communicator')
  // Each run starts from no overrides for the keys it uses.
  await payload.delete({ collection: 'interface-strings', where: { key: { in: [plain, withPhone, withPlural] } }, overrideAccess: true })
})

const create = (user: Staff | undefined, data: { locale: string; key: string; value: string }) =>
  payload.create({ collection: 'interface-strings', data: data as never, overrideAccess: false, user })

async function fieldError(promise: Promise<unknown>): Promise<{ status: number; messages: string[] }> {
  try {
    await promise
  } catch (error) {
    const e = error as { status?: number; data?: { errors?: { message: string }[] } }
    return { status: e.status ?? 500, messages: (e.data?.errors ?? []).map((x) => x.message) }
  }
  return { status: 200, messages: [] }
}

describe('who writes an override', () => {
  it('a translator writes their own language only, never Swedish nor another language', async () => {
    const own = await create(translator, { locale: 'so', key: plain, value: 'Ka bax hadda' })
    expect(own.locale).toBe('so')
    expect(await refusal(create(translator, { locale: 'ar', key: plain, value: 'اخرج الآن' }))).toBe(403)
    expect(await refusal(create(translator, { locale: 'sv', key: plain, value: 'Lämna nu' }))).toBe(403)

    // An editor's Arabic override is out of the translator's reach: not changed, not deleted, not taken over.
    const arabic = await create(editor, { locale: 'ar', key: plain, value: 'اخرج الآن' })
    expect(await refusal(payload.update({ collection: 'interface-strings', id: arabic.id, data: { value: 'x' }, overrideAccess: false, user: translator }))).toBe(403)
    expect(await refusal(payload.delete({ collection: 'interface-strings', id: arabic.id, overrideAccess: false, user: translator }))).toBe(403)
    // Nor may they move their own row into a language that is not theirs.
    expect(await refusal(payload.update({ collection: 'interface-strings', id: own.id, data: { locale: 'ar' } as never, overrideAccess: false, user: translator }))).toBe(403)
    const after = await payload.find({ collection: 'interface-strings', where: { key: { equals: plain } }, overrideAccess: true })
    expect(after.docs.map((d) => [d.locale, d.value]).sort()).toEqual([['ar', 'اخرج الآن'], ['so', 'Ka bax hadda']])

    // Their own row they may correct and delete.
    const fixed = await payload.update({ collection: 'interface-strings', id: own.id, data: { value: 'Ka bax' }, overrideAccess: false, user: translator })
    expect(fixed.value).toBe('Ka bax')
    await payload.delete({ collection: 'interface-strings', id: own.id, overrideAccess: false, user: translator })
    await payload.delete({ collection: 'interface-strings', id: arabic.id, overrideAccess: false, user: editor })
  })

  it('communicators and anonymous callers neither write nor read overrides', async () => {
    expect(await refusal(create(communicator, { locale: 'so', key: plain, value: 'Ka bax' }))).toBe(403)
    expect(await refusal(payload.find({ collection: 'interface-strings', overrideAccess: false }))).toBe(403)
  })
})

describe('an override is ICU MessageFormat with the Swedish placeholders', () => {
  it('refuses bad syntax, changed placeholders, an unknown key, an empty text and a second row for the same key', async () => {
    const syntax = await fieldError(create(editor, { locale: 'fi', key: withPhone, value: 'Soita {phone' }))
    expect(syntax.status).toBe(400)
    expect(syntax.messages.join()).toMatch(/ICU MessageFormat/)

    const renamed = await fieldError(create(editor, { locale: 'fi', key: withPhone, value: 'Soita {numero}' }))
    expect(renamed.status).toBe(400)
    expect(renamed.messages.join()).toContain('{phone}')

    const dropped = await fieldError(create(editor, { locale: 'fi', key: withPhone, value: 'Soita' }))
    expect(dropped.status).toBe(400)

    // A plural turned into a plain argument formats differently: refused too.
    const flattened = await fieldError(create(editor, { locale: 'fi', key: withPlural, value: swedishStrings().get(withPlural)!.replace(/\{count, plural,[\s\S]*\}\s*$/, '{count}') }))
    expect(flattened.status).toBe(400)

    const unknown = await fieldError(create(editor, { locale: 'fi', key: 'no.such.key', value: 'x' }))
    expect(unknown.status).toBe(400)
    expect(unknown.messages.join()).toContain('no.such.key')

    expect((await fieldError(create(editor, { locale: 'fi', key: plain, value: '   ' }))).status).toBe(400)
    expect((await fieldError(create(editor, { locale: 'fi', key: plain, value: 'x'.repeat(2001) }))).messages.join()).toMatch(/2000/)

    const good = await create(editor, { locale: 'fi', key: withPhone, value: 'Soita numeroon {phone}' })
    expect(good.value).toBe('Soita numeroon {phone}')
    expect((await fieldError(create(editor, { locale: 'fi', key: withPhone, value: 'Soita {phone}' }))).status).toBe(400)

    // Changing only the text is checked against the stored key.
    expect(await refusal(payload.update({ collection: 'interface-strings', id: good.id, data: { value: 'Soita {numero}' }, overrideAccess: false, user: editor }))).toBe(400)

    const stored = await payload.find({ collection: 'interface-strings', where: { key: { equals: withPhone } }, overrideAccess: true })
    expect(stored.docs.map((d) => d.value)).toEqual(['Soita numeroon {phone}'])
  })

  it('wins over the file and counts in the coverage', async () => {
    const overrides = await loadInterfaceOverrides(payload, 'fi')
    expect(overrides.find((o) => o.key === withPhone)?.value).toBe('Soita numeroon {phone}')
    const merged = withOverrides(loadMessages('fi'), overrides)
    const path = withPhone.split('.')
    expect(path.reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], merged)).toBe('Soita numeroon {phone}')
    const fi = (await interfaceStringStatus(payload)).find((c) => c.locale === 'fi')!
    expect(fi.overridden).toBeGreaterThanOrEqual(1)
    expect(fi.missing).toEqual([])
  })
})
