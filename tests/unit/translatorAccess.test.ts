/** The gates that let a translator translate campaigns and globals, tried with odd and hostile inputs. */
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { canPlanOrTranslate } from '@/campaigns/access'
import { isEditorOrTranslates } from '@/access/isEditor'
import { translatorsKeepRows } from '@/access/sharedFields'

const req = (user: unknown, locale?: unknown) => ({ req: { user, locale, t: (k: string) => k } as unknown as PayloadRequest })
const publisher = { id: 1, role: 'translator', languages: ['so', 'fi'], mayPublish: true }

describe('who may change the texts of campaigns and globals', () => {
  it('planners and editors as before; a translator only in a language they hold and may publish, never Swedish', () => {
    for (const role of ['admin', 'editor', 'communicator']) expect(canPlanOrTranslate(req({ id: 1, role }, 'sv'))).toBe(true)
    for (const role of ['admin', 'editor']) expect(isEditorOrTranslates(req({ id: 1, role }, 'sv'))).toBe(true)
    expect(isEditorOrTranslates(req({ id: 1, role: 'communicator' }, 'so'))).toBe(false)
    for (const gate of [canPlanOrTranslate, isEditorOrTranslates]) {
      expect(gate(req(publisher, 'so'))).toBe(true)
      expect(gate(req(publisher, 'fi'))).toBe(true)
      for (const locale of ['sv', 'ar', 'all', '*', undefined, null, ['so'], 'SO'] as unknown[]) expect(gate(req(publisher, locale)), String(locale)).toBe(false)
      for (const user of [{ ...publisher, mayPublish: false }, { ...publisher, languages: null }, { ...publisher, role: 'Translator' }, { ...publisher, languages: ['sv'] }, null, undefined, {}])
        expect(gate(req(user, 'so'))).toBe(false)
      expect(gate(req({ ...publisher, languages: ['sv', 'so'] }, 'sv'))).toBe(false)
    }
  })
})

describe('a translator keeps the rows of a translated list', () => {
  const rows = [{ id: 'a', name: 'Ett' }, { id: 'b', name: 'Två' }]
  const run = (value: unknown, user: unknown = publisher, overrideAccess = false) =>
    Promise.resolve().then(() => translatorsKeepRows({ value, previousValue: rows, overrideAccess, ...req(user) } as never))

  it('lets the same rows through with new text', async () => {
    const renamed = rows.map((r) => ({ ...r, name: `${r.name}!` }))
    expect(await run(renamed)).toBe(renamed)
  })

  it('refuses a row added, removed, replaced or moved, and rows without ids', async () => {
    for (const value of [[...rows, { name: 'Tre' }], [rows[0]], [rows[1], rows[0]], [{ id: 'c', name: 'Ett' }, rows[1]], [{ name: 'Ett' }, { name: 'Två' }], [], null, 'x'])
      await expect(run(value), JSON.stringify(value)).rejects.toMatchObject({ status: 403 })
  })

  it('leaves editors, planners and trusted server code alone', async () => {
    for (const user of [{ id: 2, role: 'editor' }, { id: 3, role: 'communicator' }]) expect(await run([], user)).toEqual([])
    expect(await run([], publisher, true)).toEqual([])
  })
})
