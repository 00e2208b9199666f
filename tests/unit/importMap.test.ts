/**
 * The admin's import map is generated (`npm run generate:importmap`) and committed; after a merge it
 * can still name a component that one branch deleted, which only `next build` would notice.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const importMap = fs.readFileSync(path.join(root, 'src/app/(payload)/admin/importMap.js'), 'utf8')

describe('the admin import map', () => {
  it('names only our modules that exist', () => {
    const ours = [...importMap.matchAll(/from '@\/([^']+)'/g)].map((m) => m[1])
    expect(ours.length).toBeGreaterThan(0)
    const missing = ours.filter((p) => !['.ts', '.tsx', '/index.ts', '/index.tsx'].some((ext) => fs.existsSync(path.join(root, 'src', p + ext))))
    expect(missing).toEqual([])
  })
})
