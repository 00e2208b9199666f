import { getTranslations } from 'next-intl/server'

import { pick, fallbackAttributes } from '@/content/localized'
import type { Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'

import { clockTime } from './FilmPlayer'
import { posterOf, type FilmDoc } from './queries'

/**
 * Films as links to their pages, each with its poster's small size, title, length and summary.
 * A list never loads a video: the page it links to does, when the reader presses play.
 */
export async function FilmList({ films, locale, headingLevel = 2 }: { films: FilmDoc[]; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('films')
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="film-list">
      {films.map((film) => {
        const title = pick(film.title, locale)
        const summary = pick(film.summary, locale)
        const poster = posterOf(film.poster)
        const thumb = poster?.sizes?.thumbnail
        if (!title) return null
        return (
          <li key={film.id}>
            {thumb?.url && (
              // Decorative here: the title beside it says what the film is.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={thumb.url} alt="" width={thumb.width ?? 320} height={thumb.height ?? 180} loading="lazy" />
            )}
            <div>
              <Heading>
                <a href={paths.film(locale, film.slug)} {...fallbackAttributes(title)}>
                  {title.value}
                </a>
              </Heading>
              <p className="film-list__length">{t('length', { time: clockTime(film.durationSeconds) })}</p>
              {summary && <p {...fallbackAttributes(summary)}>{summary.value}</p>}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
