import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { FilmList } from '@/films/site/FilmList'
import { listFilms } from '@/films/site/queries'
import { localeCodes } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { fixedPageMetadata } from '@/site/metadata'
import { paths, sameInEveryLocale } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

const alternates = sameInEveryLocale(paths.films, localeCodes)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.films, 'films')
}

/** Every published film. */
export default async function FilmsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, site, films] = await Promise.all([getTranslations('films'), getTranslations('site'), listFilms()])
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {films.length ? <FilmList films={films} locale={locale} /> : <p>{t('none')}</p>}
    </PageFrame>
  )
}
