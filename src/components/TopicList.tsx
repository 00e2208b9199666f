import { pick, slugIn, fallbackAttributes } from '@/content/localized'
import type { Variant } from '@/content/taxonomy'
import type { Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'
import type { TopicSummary } from '@/topics/queries'

/** Links to topics, each with its summary; text shown in Swedish is marked so. */
export function TopicList({ topics, locale, variant = 'adult' }: { topics: TopicSummary[]; locale: Locale; variant?: Variant }) {
  return (
    <ul className="topic-list">
      {topics.map((topic) => {
        const title = pick(topic[variant]?.title, locale)
        const summary = pick(topic[variant]?.summary, locale)
        const slug = slugIn(topic, locale)
        if (!title || !slug) return null
        return (
          <li key={topic.id}>
            <a href={paths.topic(locale, variant, slug)} {...fallbackAttributes(title)}>
              {title.value}
            </a>
            {summary && <p {...fallbackAttributes(summary)}>{summary.value}</p>}
          </li>
        )
      })}
    </ul>
  )
}
