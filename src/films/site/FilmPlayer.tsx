import { getTranslations } from 'next-intl/server'

import { pick } from '@/content/localized'
import { defaultLocale, dirOf, localeInfo, type Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'

import { captionLanguages, fileOf, posterOf, posterUrl, type FilmDoc } from './queries'

const kilobytes = (bytes?: number | null) => (bytes ? `${Math.max(1, Math.round(bytes / 1024))} kB` : '')

/** "0:35", "12:04": how players show a length. */
export function clockTime(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * The browser's own player: no script of ours, keyboard and screen readers as the platform gives
 * them, nothing fetched but the poster until the reader presses play (`preload="none"`). One track
 * per language with captions; the reader's language shows by default, else Swedish. Links to
 * download the film and each captions file, for a phone with little data or a meeting offline.
 */
export async function FilmPlayer({ film, locale }: { film: FilmDoc; locale: Locale }) {
  const t = await getTranslations('films')
  const video = fileOf(film.video)
  const webm = fileOf(film.videoWebm)
  const poster = posterOf(film.poster)
  const languages = captionLanguages(film)
  const shown = languages.includes(locale) ? locale : languages.includes(defaultLocale) ? defaultLocale : languages[0]
  const title = pick(film.title, locale)
  if (!video) return null
  return (
    <figure className="film-player">
      <video
        controls
        preload="none"
        poster={posterUrl(poster)}
        width={640}
        height={360}
        playsInline
        aria-label={title?.value}
        className="film-player__video"
      >
        {webm && <source src={webm.url!} type="video/webm" />}
        <source src={video.url!} type="video/mp4" />
        {languages.map((l) => (
          <track
            key={l}
            kind="subtitles"
            srcLang={l}
            label={localeInfo(l).nativeName}
            src={paths.filmCaptions(locale, film.slug, l)}
            default={l === shown}
          />
        ))}
        <a href={video.url!} download>
          {t('unsupported')}
        </a>
      </video>
      <figcaption>
        <ul className="film-downloads">
          <li>
            <a href={video.url!} download type="video/mp4">
              {t('download', { size: kilobytes(video.filesize) })}
            </a>
          </li>
          {languages.length > 0 && (
            <li>
              {t('captionsDownload')}{' '}
              {languages.map((l, i) => (
                <span key={l}>
                  {i > 0 && ', '}
                  <a href={paths.filmCaptions(locale, film.slug, l)} download={`${film.slug}.${l}.vtt`} hrefLang={l} lang={l} dir={dirOf(l)} type="text/vtt">
                    {localeInfo(l).nativeName}
                  </a>
                </span>
              ))}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  )
}
