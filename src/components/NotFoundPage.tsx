import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'

import { localeCodes, type Locale } from '@/i18n/locales'
import { paths, sameInEveryLocale } from '@/site/paths'

import { PageFrame } from './PageFrame'

/**
 * The reader's 404 page. When a page calls notFound(), Next sends an empty shell without `lang`,
 * title or text until JavaScript runs (vercel/next.js#62228), so a reader without JavaScript would
 * not even see 112. Pages that find nothing render this instead: the frame, the emergency number and
 * quick exit as HTML, and a notFound() inside a Suspense boundary makes the answer a 404: Next
 * keeps the prerendered HTML around the boundary and sets the status (which is why these pages are
 * prerendered on first request: a render per request would have sent its status already).
 */
export async function NotFoundPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <PageFrame locale={locale} alternates={sameInEveryLocale(paths.home, localeCodes)}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <ul className="link-list">
        <li><a href={paths.home(locale)}>{t('home')}</a></li>
        <li><a href={paths.search(locale)}>{t('search')}</a></li>
      </ul>
      {/* React never renders a noscript's children in the browser, so the notFound() is thrown on
          the server only: in the browser it would come again and Next would replace this page with
          its not-found (a client error boundary caught it before, at the cost of a script). */}
      <noscript>
        <Suspense fallback={null}>
          <Missing />
        </Suspense>
      </noscript>
    </PageFrame>
  )
}

export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'notFound' }), getTranslations({ locale, namespace: 'site' })])
  return { title: `${t('title')} – ${site('name')}`, robots: { index: false, follow: true }, referrer: 'no-referrer' }
}

async function Missing(): Promise<never> {
  notFound()
}
