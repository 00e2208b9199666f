import { getTranslations } from 'next-intl/server'

import { listBannerCampaigns, liveFor } from '.'
import { pick, slugIn, fallbackAttributes } from '@/content/localized'
import type { Variant } from '@/content/taxonomy'
import type { Locale } from '@/i18n/locales'
import { now } from '@/site/clock'
import { paths } from '@/site/paths'
import { listTopicLinks } from '@/topics/queries'

/**
 * The banners of the campaigns live now for this language and audience: a GOV.UK-style
 * notification banner each, highest priority first. Server-rendered; no script, no cookie.
 */
export async function CampaignBanners({ locale, variant }: { locale: Locale; variant: Variant }) {
  const [campaigns, topics] = await Promise.all([listBannerCampaigns(), listTopicLinks()])
  const live = liveFor(campaigns, now(), locale, variant)
    .filter((c) => c.channels.includes('web-banner'))
    .map((c) => ({ c, text: pick(c.banner.text, locale) }))
    .filter((x) => x.text)
    .slice(0, 2)
  if (live.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'campaign' })
  return live.map(({ c, text }) => {
    const topic = c.banner.topic ? topics.find((tp) => tp.id === c.banner.topic) : undefined
    const slug = topic && topic.versions[variant].length > 0 ? slugIn(topic, locale) : undefined
    const internal = slug ? paths.topic(locale, variant, slug) : undefined
    const external = internal ? undefined : pick(c.banner.url, locale)?.value
    const titleId = `campaign-banner-${c.id}`
    return (
      <section key={c.id} className="notification-banner" aria-labelledby={titleId} data-campaign={c.id}>
        <div className="notification-banner__header">
          <h2 className="notification-banner__title" id={titleId}>
            {t('bannerTitle')}
          </h2>
        </div>
        <div className="notification-banner__content">
          <p className="notification-banner__heading" {...fallbackAttributes(text)}>
            {text!.value}
          </p>
          {internal && (
            <a className="notification-banner__link" href={internal}>
              {t('readMore')}
              {/* Out of context, "Read more" says nothing: screen readers (and search engines) hear what about. */}
              <span className="visually-hidden" {...fallbackAttributes(text)}>: {text!.value}</span>
            </a>
          )}
          {external && (
            <a className="notification-banner__link" href={external} rel="noreferrer noopener external">
              {t('readMore')}
              {/* Out of context, "Read more" says nothing: screen readers (and search engines) hear what about. */}
              <span className="visually-hidden" {...fallbackAttributes(text)}>: {text!.value}</span>
            </a>
          )}
        </div>
      </section>
    )
  })
}
