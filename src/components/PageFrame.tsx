import type { ReactNode } from 'react'

import { CampaignBanners } from '@/campaigns/banners/CampaignBanners'
import type { Locale } from '@/i18n/locales'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/**
 * A public page's frame: header with the language picker, breadcrumbs, the main content and the
 * footer. Pages pass their alternates (this page in every language it exists in), which the
 * language picker uses. Live campaigns' banners open the main content.
 */
export function PageFrame({
  locale,
  alternates,
  breadcrumbs = [],
  variant = 'adult',
  children,
}: {
  locale: Locale
  alternates: Partial<Record<Locale, string>>
  breadcrumbs?: Crumb[]
  variant?: 'adult' | 'child'
  children: ReactNode
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <div className={`page page--${variant}`}>
        <Breadcrumbs items={breadcrumbs} />
        <main id="main" tabIndex={-1}>
          <CampaignBanners locale={locale} variant={variant} />
          {children}
        </main>
      </div>
      <SiteFooter locale={locale} />
    </>
  )
}
