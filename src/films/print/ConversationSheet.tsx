import { getTranslations } from 'next-intl/server'

import { MARK, PhoneNumber, fill, telHref } from '@/components/PhoneNumber'
import { pick, type AllLocales, fallbackAttributes } from '@/content/localized'
import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/site/metadata'
import { paths } from '@/site/paths'

import { clockTime } from '../site/FilmPlayer'
import type { FilmDoc } from '../site/queries'

/** A line of the help text with its phone numbers kept left-to-right and callable on a phone. */
function HelpLine({ text }: { text: string }) {
  const parts = text.split(/(\d[\d -]*\d)/)
  return (
    <p>
      {parts.map((part, i) =>
        i % 2 ? (
          <a key={i} href={telHref(part)} className="tel-link">
            <PhoneNumber number={part} />
          </a>
        ) : (
          part
        ),
      )}
    </p>
  )
}

/**
 * A film's conversation material for a group leader, on one or two A4 pages: the film's address to
 * find it again, before/during/after, the questions and the numbers to call. Printed without the
 * site's header, menus and footer (styles.css, `@media print`), so the paper stands on its own.
 */
export async function ConversationSheet({ film, locale }: { film: FilmDoc; locale: Locale }) {
  const [t, emergency] = await Promise.all([getTranslations('films'), getTranslations('emergency')])
  const title = pick(film.title, locale)!
  const c = film.conversation ?? {}
  const text = (v: AllLocales<string> | undefined) => pick(v, locale)
  const sections = [
    { id: 'before', heading: t('before'), body: text(c.before) },
    { id: 'during', heading: t('during'), body: text(c.during) },
    { id: 'after', heading: t('after'), body: text(c.after) },
  ]
  const questions = (c.questions ?? []).map((q) => text(q.question)).filter((q) => q !== undefined)
  const help = text(c.help)
  const address = `${siteUrl()}${paths.film(locale, film.slug)}`
  return (
    <article className="conversation-sheet">
      <h1>
        {t('conversationTitle')}: <span {...fallbackAttributes(title)}>{title.value}</span>
      </h1>
      <p className="lead">{t('conversationIntro')}</p>
      <p>
        {t('filmAddress', { time: clockTime(film.durationSeconds) })}{' '}
        <a href={paths.film(locale, film.slug)} dir="ltr" className="conversation-sheet__address">
          {address}
        </a>
      </p>
      <p className="screen-only">{t('printHint')}</p>
      {sections.map(
        (s) =>
          s.body && (
            <section key={s.id} aria-labelledby={`conversation-${s.id}`}>
              <h2 id={`conversation-${s.id}`}>{s.heading}</h2>
              <p {...fallbackAttributes(s.body)}>{s.body.value}</p>
            </section>
          ),
      )}
      {questions.length > 0 && (
        <section aria-labelledby="conversation-questions">
          <h2 id="conversation-questions">{t('questions')}</h2>
          <ol>
            {questions.map((q, i) => (
              <li key={i} {...fallbackAttributes(q)}>
                {q!.value}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="conversation-help" className="conversation-sheet__help">
        <h2 id="conversation-help">{t('help')}</h2>
        <p className="conversation-sheet__emergency">
          {emergency('label')} {fill(emergency('call', { number: MARK }), <PhoneNumber key="n" number="112" />)}
        </p>
        {help && (
          <div {...fallbackAttributes(help)}>
            {help.value.split('\n').filter(Boolean).map((line, i) => (
              <HelpLine key={i} text={line} />
            ))}
          </div>
        )}
      </section>
    </article>
  )
}
