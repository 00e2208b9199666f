import { getTranslations } from 'next-intl/server'

export interface Crumb { label: string; href?: string }

/** Where the reader is; the last crumb is the current page and is not a link. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('site')
  if (items.length < 2) return null
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol>
        {items.map((c, i) =>
          c.href && i < items.length - 1 ? (
            <li key={i}><a href={c.href}>{c.label}</a></li>
          ) : (
            <li key={i} aria-current="page">{c.label}</li>
          ),
        )}
      </ol>
    </nav>
  )
}
