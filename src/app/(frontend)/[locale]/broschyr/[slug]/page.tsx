import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FallbackNotice } from '@/components/FallbackNotice'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageFrame } from '@/components/PageFrame'
import { RichText } from '@/components/RichText'
import { listBrochures, type BrochurePdf } from '@/brochures/queries'
import { availableIn, findBySlug, pick, slugIn, fallbackAttributes } from '@/content/localized'
import { localeCodes, localeInfo, type Locale } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function resolve(locale: Locale, raw: string) {
  const slug = decodeURIComponent(raw)
  const all = await listBrochures()
  const brochure = findBySlug(all, slug, locale)
  if (!brochure) return undefined
  const own = slugIn(brochure, locale)!
  if (own !== slug) permanentRedirect(paths.brochure(locale, own))
  const alternates = Object.fromEntries(availableIn(brochure.title, localeCodes).map((l) => [l, paths.brochure(l, slugIn(brochure, l)!)]))
  return { brochure, alternates: alternates as Partial<Record<Locale, string>> }
}

// Rendered on first request and cached like the other pages (publishing expires them by tag);
// without this the segment would be rendered anew on every request.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const found = await resolve(locale, (await params).slug)
  if (!found) return notFoundMetadata(locale)
  const { brochure, alternates } = found
  const site = await getTranslations({ locale, namespace: 'site' })
  return pageMetadata({ locale, title: pick(brochure.title, locale)!.value, description: pick(brochure.summary, locale)?.value, alternates, siteName: site('name') })
}

/** The city's brochure as a web page, with the PDF in this language and links to the others. */
export default async function BrochurePage({ params }: Props) {
  const locale = await pageLocale(params)
  const found = await resolve(locale, (await params).slug)
  if (!found) return <NotFoundPage locale={locale} />
  const { brochure, alternates } = found
  const [t, site] = await Promise.all([getTranslations('brochure'), getTranslations('site')])
  const title = pick(brochure.title, locale)!
  const summary = pick(brochure.summary, locale)
  const body = pick(brochure.body, locale)
  const pdfs = localeCodes
    .map((l) => ({ locale: l, pdf: brochure.pdf?.[l] }))
    .filter((x): x is { locale: Locale; pdf: BrochurePdf } => typeof x.pdf === 'object' && x.pdf !== null && Boolean(x.pdf.url))
  const own = pdfs.find((p) => p.locale === locale) ?? pdfs.find((p) => p.locale === 'sv')
  const size = (bytes?: number | null) => (bytes ? `${Math.max(1, Math.round(bytes / 1024))} kB` : '')
  return (
    <PageFrame locale={locale} alternates={alternates} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: title.value }]}>
      {(title.fellBack || body?.fellBack) && (
        <FallbackNotice links={Object.entries(alternates).filter(([l]) => l !== locale).map(([l, href]) => ({ locale: l as Locale, href: href! }))} />
      )}
      <h1 {...fallbackAttributes(title)}>{title.value}</h1>
      {summary && <p className="lead" {...fallbackAttributes(summary)}>{summary.value}</p>}
      {own && (
        <p>
          <a className="button" href={own.pdf.url!} download hrefLang={own.locale} type="application/pdf">
            {t('download')} ({localeInfo(own.locale).nativeName}, {t('fileInfo', { size: size(own.pdf.filesize) })})
          </a>
        </p>
      )}
      {body && <RichText data={body.value} {...fallbackAttributes(body)} />}
      {pdfs.length > 1 && (
        <section aria-labelledby="pdfs">
          <h2 id="pdfs">{t('allLanguages')}</h2>
          <ul className="pdf-list">
            {pdfs.map(({ locale: l, pdf }) => (
              <li key={l}>
                <a href={pdf.url!} download hrefLang={l} lang={l} dir={localeInfo(l).dir} type="application/pdf">
                  {localeInfo(l).nativeName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageFrame>
  )
}
