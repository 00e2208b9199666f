import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FilterForm } from '@/components/FilterForm'
import { PageFrame } from '@/components/PageFrame'
import { SupportServiceCard } from '@/components/SupportServiceCard'
import { focusAreas, groups, readers } from '@/content/taxonomy'
import { localeCodes, locales } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { fixedPageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'
import { parseDirectoryKey, rememberHoursChanges } from '@/supportServices/address'
import { filterServices } from '@/supportServices/filter'
import { clockAt, hoursChanges } from '@/supportServices/openNow'
import { listSupportServices } from '@/supportServices/queries'

// Readers never ask for this address: src/proxy.ts serves `/{locale}/stod?…` from it, one page per
// filter combination (src/supportServices/address.ts), rendered on first request and cached like the
// other pages; publishing a service expires them by tag.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; filter: string }> }

const alternates = sameInEveryLocale(paths.support, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.support, 'support')
}

/** The support directory. Its filters are a plain GET form, so they work without JavaScript. */
export default async function SupportDirectory({ params }: Props) {
  const locale = await pageLocale(params)
  const key = parseDirectoryKey((await params).filter)
  if (!key) notFound()
  const { filter, since, daysOff } = key
  const [t, site, r, fa, g, services] = await Promise.all([
    getTranslations('support'),
    getTranslations('site'),
    getTranslations('readers'),
    getTranslations('focusAreas'),
    getTranslations('groups'),
    listSupportServices(),
  ])
  // The proxy names stretches of the week by these minutes; "open now" is as at the stretch's start.
  rememberHoursChanges(hoursChanges(services))
  const shown = filterServices(services, filter, { ...clockAt(since), daysOff })
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <FilterForm
        action={paths.support(locale)}
        labels={{ title: t('filterTitle'), any: t('any'), apply: t('apply'), reset: t('reset') }}
        selects={[
          { name: 'who', label: t('filterWho'), value: filter.who, options: readers.map((x) => ({ value: x.value, label: r(x.value) })) },
          { name: 'about', label: t('filterAbout'), value: filter.about, options: focusAreas.filter((x) => x.value !== 'general').map((x) => ({ value: x.value, label: fa(x.value) })) },
          { name: 'group', label: t('filterGroup'), value: filter.group, options: groups.map((x) => ({ value: x.value, label: g(x.value) })) },
          { name: 'language', label: t('filterLanguage'), value: filter.language, options: locales.map((l) => ({ value: l.code, label: l.nativeName, lang: l.code })) },
          {
            name: 'open',
            label: t('filterOpen'),
            value: filter.open,
            options: [
              { value: 'now', label: t('openNow') },
              { value: '24h', label: t('alwaysOpen') },
            ],
          },
        ]}
      />
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
