'use server'

import { redirect } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'
import { payloadClient } from '@/site/payload'

/**
 * The feedback form's action: store the message and send the reader back with a thank-you. The
 * message never travels in a URL. Empty or over-long messages are refused with a message.
 */
export async function sendFeedback(form: FormData) {
  const raw = form.get('locale')
  const locale: Locale = isLocale(raw) ? raw : 'sv'
  const message = String(form.get('message') ?? '').trim()
  const page = String(form.get('page') ?? '').trim().slice(0, 300)
  if (!message) redirect(`${paths.feedback(locale)}?error=empty`)
  if (message.length > 2000) redirect(`${paths.feedback(locale)}?error=long`)
  const payload = await payloadClient()
  await payload.create({ collection: 'feedback', overrideAccess: true, data: { message, page, locale } })
  redirect(`${paths.feedback(locale)}?sent=1`)
}
