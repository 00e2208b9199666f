import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageFrame } from '@/components/PageFrame'
import { pick } from '@/content/localized'
import { ConversationSheet } from '@/films/print/ConversationSheet'
import { filmAlternates, findFilm } from '@/films/site/queries'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const film = await findFilm(decodeURIComponent((await params).slug))
  if (!film) return notFoundMetadata(locale)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'films' }), getTranslations({ locale, namespace: 'site' })])
  return pageMetadata({
    locale,
    title: `${t('conversationTitle')}: ${pick(film.title, locale)!.value}`,
    alternates: filmAlternates(film, paths.filmConversation),
    siteName: site('name'),
  })
}

/** A film's conversation material, to print for a group (see ConversationSheet). */
export default async function FilmConversationPage({ params }: Props) {
  const locale = await pageLocale(params)
  const film = await findFilm(decodeURIComponent((await params).slug))
  if (!film) return <NotFoundPage locale={locale} />
  const [t, site] = await Promise.all([getTranslations('films'), getTranslations('site')])
  const title = pick(film.title, locale)!
  return (
    <PageFrame
      locale={locale}
      alternates={filmAlternates(film, paths.filmConversation)}
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
