import { getTranslations } from 'next-intl/server'

export interface Crumb { label: string; href?: string }

/** Where the reader is; the last crumb is the current page and is not a link (a crumb before it may have no page of its own). */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('site')
  if (items.length < 2) return null
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol>
        {items.map((c, i) =>
          i === items.length - 1 ? (
            <li key={i} aria-current="page">{c.label}</li>
          ) : (
            <li key={i}>{c.href ? <a href={c.href}>{c.label}</a> : c.label}</li>
          ),
        )}
      </ol>
    </nav>
  )
}
