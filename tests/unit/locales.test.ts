import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import config from '@/../payload.config'
import { routing } from '@/i18n/routing'
import { defaultLocale, dirOf, localeCodes, locales } from '@/i18n/locales'

describe('the locale list', () => {
  it('has the brochure’s eleven languages, Swedish first, Arabic and Persian right-to-left', () => {
    expect(localeCodes).toEqual(['sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa'])
    expect(defaultLocale).toBe('sv')
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa'])
    expect(dirOf('sr')).toBe('ltr')
  })

  it('names Serbian in Cyrillic and every language in its own script', () => {
    expect(locales.find((l) => l.code === 'sr')?.nativeName).toMatch(/^[\u0400-\u04FF]+$/)
    expect(locales.find((l) => l.code === 'fa')?.nativeName).toBe('فارسی')
  })

  it('is what next-intl routes and Payload localizes', async () => {
    expect(routing.locales).toEqual(localeCodes)
    expect(routing.localeCookie).toBe(false)
    const resolved = await config
    const localization = resolved.localization
    if (!localization) throw new Error('Payload localization is off')
    expect(localization.localeCodes).toEqual(localeCodes)
    expect(localization.defaultLocale).toBe('sv')
    expect(localization.locales.filter((l) => l.rtl).map((l) => l.code)).toEqual(['ar', 'fa'])
  })

  it('has a messages file for every locale and none for others', () => {
    const files = fs.readdirSync(path.resolve(import.meta.dirname, '../../messages')).filter((f) => f.endsWith('.json'))
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...localeCodes].sort())
  })
})
