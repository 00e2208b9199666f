/**
 * Reading the project's staff-facing words through Payload's i18n (keys under `custom:`, declared
 * in src/i18n/admin.ts), on the server (`req.t`, `req.i18n`) and in client components
 * (`useTranslation().i18n`).
 */
import { getTranslation, rtlLanguages, type I18nClient, type TFunction } from '@payloadcms/translations'

import type { AdminTranslationKeys } from './admin'

/** Payload's `t` typed for our keys as well as its own. */
export const adminT = (t: unknown) => t as TFunction<AdminTranslationKeys>

/**
 * A label in the admin's language: a plain string, or a record per language (Payload's own label
 * format, e.g. `{ sv, en }`), which falls back to the admin's fallback language (Swedish), so older
 * `{ sv, en }` labels keep working in an Arabic or Polish admin.
 */
export function label(value: string | Partial<Record<string, string>>, i18n: Pick<I18nClient, 'language' | 'fallbackLanguage'>): string {
  return typeof value === 'string' ? value : String(getTranslation(value as Record<string, string>, i18n as I18nClient) ?? '')
}

/** Keys of a word group without Payload's plural suffixes (`_one`, `_other`). */
type WordKey<W> = { [K in keyof W]: K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K }[keyof W] & string

/** `t` bound to one group of our words: `text('rows', { shown, total })`. */
export function customText<W extends object>(t: unknown, group: string) {
  return (key: WordKey<W>, vars?: Record<string, unknown>): string => (t as (k: string, v?: Record<string, unknown>) => string)(`custom:${group}:${key}`, vars)
}

/** Payload's admin language as an Intl locale: its Serbian (`rs`) is Serbian in Cyrillic. */
export const adminIntlLocale = (language: string) => (language === 'rs' ? 'sr-Cyrl' : language)

/** Whether Payload draws the admin right to left in this language (Arabic, Persian). */
export const isRtlAdmin = (language: string) => (rtlLanguages as readonly string[]).includes(language)
