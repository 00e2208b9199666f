'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/locales'
import { clientAddress } from '@/site/clientAddress'
import { paths } from '@/site/paths'
import { payloadClient } from '@/site/payload'

import { honeypotField, maxMessageLength, maxPageLength } from './limits'
import { feedbackLimiter } from './rateLimit'

/**
 * The feedback form's action: store the message and send the reader back with a thank-you. The
 * message never travels in a URL. Empty or over-long messages, and a client over the hourly limit,
 * are sent back with a message; a filled honeypot (only machines see that field) is thanked and
 * dropped.
 */
export async function sendFeedback(form: FormData) {
  const raw = form.get('locale')
  const locale: Locale = isLocale(raw) ? raw : 'sv'
  const back = paths.feedback(locale)
  if (String(form.get(honeypotField) ?? '') !== '') redirect(`${back}?sent=1`)
  const message = String(form.get('message') ?? '').trim()
  const page = String(form.get('page') ?? '').trim().slice(0, maxPageLength)
  if (!message) redirect(`${back}?error=empty`)
  if (message.length > maxMessageLength) redirect(`${back}?error=long`)
  if (!feedbackLimiter().take(clientAddress((await headers()).get('x-forwarded-for')), Date.now())) redirect(`${back}?error=busy`)
  const payload = await payloadClient()
  await payload.create({ collection: 'feedback', overrideAccess: true, data: { message, page, locale } })
  redirect(`${back}?sent=1`)
}
