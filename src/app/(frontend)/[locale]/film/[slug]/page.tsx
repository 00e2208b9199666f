import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FallbackNotice } from '@/components/FallbackNotice'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageFrame } from '@/components/PageFrame'
import { pick, fallbackAttributes } from '@/content/localized'
import { loadFilmPage } from '@/films/site/filmPage'
import { clockTime, FilmPlayer } from '@/films/site/FilmPlayer'
import { Transcript } from '@/films/site/Transcript'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first request and cached like the other pages (publishing expires them by tag).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, film, alternates } = await loadFilmPage(params, paths.film)
  if (!film) return notFoundMetadata(locale)
  const site = await getTranslations({ locale, namespace: 'site' })
  return pageMetadata({
    locale,
    title: pick(film.title, locale)!.value,
    description: pick(film.summary, locale)?.value,
    alternates,
    siteName: site('name'),
  })
}

/** One film: the player, its captions and downloads, who takes part, the transcript, the material for groups. */
export default async function FilmPage({ params }: Props) {
  const { locale, film, alternates } = await loadFilmPage(params, paths.film)
  if (!film) return <NotFoundPage locale={locale} />
  const [t, site] = await Promise.all([getTranslations('films'), getTranslations('site')])
  const title = pick(film.title, locale)!
  const summary = pick(film.summary, locale)
  const participants = (film.participants ?? []).map((p) => ({ name: p.name, role: pick(p.role, locale) }))
  return (
    <PageFrame
      locale={locale}
      alternates={alternates}
      breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title'), href: paths.films(locale) }, { label: title.value }]}
    >
      <article className="film">
        {(title.fellBack || summary?.fellBack) && (
          <FallbackNotice links={Object.entries(alternates).filter(([l]) => l !== locale).map(([l, href]) => ({ locale: l as Locale, href: href! }))} />
        )}
        <h1 {...fallbackAttributes(title)}>{title.value}</h1>
        {summary && (
          <p className="lead" {...fallbackAttributes(summary)}>
            {summary.value}
          </p>
        )}
        <p className="film-list__length">{t('length', { time: clockTime(film.durationSeconds) })}</p>
        <FilmPlayer film={film} locale={locale} />
        {participants.length > 0 && (
          <section aria-labelledby="participants">
            <h2 id="participants">{t('participants')}</h2>
            <ul>
              {participants.map((p) => (
                <li key={p.name}>
                  {p.name}
                  {p.role && <span {...fallbackAttributes(p.role)}>, {p.role.value}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p>
          <a href={paths.filmConversation(locale, film.slug)}>{t('conversationLink')}</a>
        </p>
        <Transcript film={film} locale={locale} />
      </article>
    </PageFrame>
  )
}
