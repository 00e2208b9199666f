import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { sendFeedback } from '@/feedback/actions'
import { honeypotField, maxMessageLength, maxPageLength } from '@/feedback/limits'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { fixedPageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'

// Reads the query string (filters, the form's outcome), so it is rendered per request; its data stays cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const alternates = sameInEveryLocale(paths.feedback, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.feedback, 'feedback')
}

/** Report an accessibility problem: a plain form, posted, that works without JavaScript. */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const [t, site] = await Promise.all([getTranslations('feedback'), getTranslations('site')])
  const errors: Record<string, string> = { empty: t('empty'), long: t('tooLong'), busy: t('busy') }
  const error = typeof query.error === 'string' ? errors[query.error] : undefined
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="notice">{t('urgent')}</p>
      {query.sent === '1' ? (
        <p role="status" className="notice notice--success">{t('thanks')}</p>
      ) : (
        <form action={sendFeedback} className="feedback-form">
          <input type="hidden" name="locale" value={locale} />
          {error && <p role="alert" className="error-message" id="message-error">{error}</p>}
          <div className="field">
            <label htmlFor="message">{t('messageLabel')}</label>
            <textarea id="message" name="message" rows={6} maxLength={maxMessageLength} required aria-describedby={error ? 'message-error' : undefined} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="page">{t('pageLabel')}</label>
            <input id="page" name="page" type="text" maxLength={maxPageLength} autoComplete="off" />
          </div>
          {/* The honeypot: hidden by the stylesheet (so also from screen readers and the Tab key);
              should it show, its label tells a person to leave it empty. */}
          <div className="field honeypot">
            <label htmlFor={honeypotField}>{t('honeypotLabel')}</label>
            <input id={honeypotField} name={honeypotField} type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <button type="submit" className="button">{t('send')}</button>
        </form>
      )}
    </PageFrame>
  )
}
