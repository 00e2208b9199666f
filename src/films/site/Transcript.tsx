import { getTranslations } from 'next-intl/server'

import { pick, fallbackAttributes } from '@/content/localized'
import type { Locale } from '@/i18n/locales'

import { transcriptOf } from '../transcript'
import type { FilmDoc } from './queries'

/**
 * The film as text, made from its captions in the reader's language (Swedish when there are none):
 * who speaks, what is said, and what is shown where nothing is said. On the page, so a reader can
 * read instead of watch, find a word in it, and the site's search finds it too.
 */
export async function Transcript({ film, locale }: { film: FilmDoc; locale: Locale }) {
  const captions = pick(film.captions, locale)
  const lines = captions ? transcriptOf(captions.value) : []
  if (!lines.length) return null
  const t = await getTranslations('films')
  return (
    <section aria-labelledby="transcript" className="film-transcript" {...fallbackAttributes(captions)}>
      <h2 id="transcript">{t('transcript')}</h2>
      {lines.map((line, i) =>
        line.kind === 'description' ? (
          <p key={i} className="film-transcript__description">
            {line.text}
          </p>
        ) : (
          <p key={i}>
            {line.speaker && <strong>{line.speaker}: </strong>}
            {line.text}
          </p>
        ),
      )}
    </section>
  )
}
