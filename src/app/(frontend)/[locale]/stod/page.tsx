import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { SupportServiceCard } from '@/components/SupportServiceCard'
import { focusAreas, groups, readers } from '@/content/taxonomy'
import { localeCodes, locales } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { now } from '@/site/clock'
import { fixedPageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'
import { filterServices, parseFilter } from '@/supportServices/filter'
import { listSupportServices } from '@/supportServices/queries'

// Reads the query string (filters, the form's outcome), so it is rendered per request; its data stays cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const alternates = sameInEveryLocale(paths.support, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.support, 'support')
}

/** The support directory. Its filters are a plain GET form, so they work without JavaScript. */
export default async function SupportDirectory({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const filter = parseFilter(await searchParams)
  const [t, site, r, fa, g, services] = await Promise.all([
    getTranslations('support'),
    getTranslations('site'),
    getTranslations('readers'),
    getTranslations('focusAreas'),
    getTranslations('groups'),
    listSupportServices(),
  ])
  const shown = filterServices(services, filter, now())
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string; lang?: string }[]) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form method="get" action={paths.support(locale)} className="filters" aria-labelledby="filters">
        <h2 id="filters">{t('filterTitle')}</h2>
        <div className="filters__fields">
          {select('who', t('filterWho'), filter.who, readers.map((x) => ({ value: x.value, label: r(x.value) })))}
          {select('about', t('filterAbout'), filter.about, focusAreas.filter((x) => x.value !== 'general').map((x) => ({ value: x.value, label: fa(x.value) })))}
          {select('group', t('filterGroup'), filter.group, groups.map((x) => ({ value: x.value, label: g(x.value) })))}
          {select('language', t('filterLanguage'), filter.language, locales.map((l) => ({ value: l.code, label: l.nativeName, lang: l.code })))}
          {select('open', t('filterOpen'), filter.open, [
            { value: 'now', label: t('openNow') },
            { value: '24h', label: t('alwaysOpen') },
          ])}
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">{t('apply')}</button>
          <a href={paths.support(locale)}>{t('reset')}</a>
        </div>
      </form>
      <p role="status" className="result-count">{t('count', { count: shown.length })}</p>
      {shown.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="service-grid">
          {shown.map((s) => (
            <SupportServiceCard key={s.id} service={s} locale={locale} />
          ))}
        </div>
      )}
    </PageFrame>
  )
}
