'use client'

import { getTranslation } from '@payloadcms/translations'
import { useAuth, useConfig, useLocale, useTranslation } from '@payloadcms/ui'

import { canEditLocale, translatorPublishesInLocale } from '@/access/canEditLocale'
import { customText } from '@/i18n/adminText'

import type { publishingWords } from './words'

/**
 * Beside a file's read-only alt text and title: why a translator without "may publish" cannot
 * change them (the server refuses it in the same words, src/collections/Media/hooks/fileTextsGoLive.ts).
 */
export function FileTextsNote() {
  const { user } = useAuth()
  const { code } = useLocale()
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  if (!canEditLocale(user, code) || translatorPublishesInLocale(user, code) || !user || (user as { role?: string }).role !== 'translator') return null
  const locale = config.localization ? config.localization.locales.find((l) => l.code === code) : undefined
  const language = locale ? String(getTranslation(locale.label, i18n)) : code
  return (
    <p className="field-description" role="note">
      {customText<(typeof publishingWords)['sv']>(t, 'publishing')('mediaLive', { language })}
    </p>
  )
}
