import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageFrame } from '@/components/PageFrame'
import { pick } from '@/content/localized'
import { ConversationSheet } from '@/films/print/ConversationSheet'
import { loadFilmPage } from '@/films/site/filmPage'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, film, alternates } = await loadFilmPage(params, paths.filmConversation)
  if (!film) return notFoundMetadata(locale)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'films' }), getTranslations({ locale, namespace: 'site' })])
  return pageMetadata({
    locale,
    title: `${t('conversationTitle')}: ${pick(film.title, locale)!.value}`,
    alternates,
    siteName: site('name'),
  })
}

/** A film's conversation material, to print for a group (see ConversationSheet). */
export default async function FilmConversationPage({ params }: Props) {
  const { locale, film, alternates } = await loadFilmPage(params, paths.filmConversation)
  if (!film) return <NotFoundPage locale={locale} />
  const [t, site] = await Promise.all([getTranslations('films'), getTranslations('site')])
  const title = pick(film.title, locale)!
  return (
    <PageFrame
      locale={locale}
      alternates={alternates}
      breadcrumbs={[
        { label: site('home'), href: paths.home(locale) },
        { label: t('title'), href: paths.films(locale) },
        { label: title.value, href: paths.film(locale, film.slug) },
        { label: t('conversationTitle') },
      ]}
    >
      <ConversationSheet film={film} locale={locale} />
    </PageFrame>
  )
}
