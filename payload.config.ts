import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { Brochures } from '@/collections/Brochures'
import { hasRole } from '@/access/roles'
import { closeSharedFields } from '@/access/sharedFields'
import { Campaigns } from '@/campaigns/collection'
import { Events } from '@/events/Events'
import { Feedback } from '@/collections/Feedback'
import { InterfaceStrings } from '@/collections/InterfaceStrings'
import { Media } from '@/collections/Media'
import { SupportServices } from '@/collections/SupportServices'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { Films } from '@/films/collection'
import { FilmFiles, filmMaxBytes } from '@/films/files'
import { databaseAdapter } from '@/db/adapter'
import { KeyDates } from '@/campaigns/keyDates/global'
import { Navigation } from '@/globals/Navigation'
import { SiteSettings } from '@/globals/SiteSettings'
import { adminI18n } from '@/i18n/admin'
import { labelLanguages } from '@/i18n/labelLanguages'
import { defaultLocale, locales } from '@/i18n/locales'
import { tickEndpoint } from '@/jobs/tick'
import { PageViews } from '@/reach/collection'
import { reachEndpoints } from '@/reach/endpoint'
import { maxUploadBytes } from '@/media/limits'
import { mediaStorage } from '@/media/storage'
import { logMethod } from '@/resilience/logFilter'
import { databaseAwayIs503 } from '@/resilience/unavailableApi'
import { clientErrorsAre400, publicReasonsKept } from '@/site/apiErrors'
import { accessWithDenials } from '@/site/graphqlAccess'
import { translationEndpoints } from '@/translations/endpoints'
import { restoreAsDrafts } from '@/translations/publishing/restore'
import { snapshotsKeepThePublishTime } from '@/translations/publishing/snapshotTime'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The request parser's limit is the largest upload of any collection (a film); images and PDFs are
 * held to MAX_UPLOAD_BYTES by the media collection. Files are streamed to a temporary file, never
 * held whole in memory, and Payload removes it after the request.
 */
const largestUploadBytes = Math.max(maxUploadBytes, filmMaxBytes)

// Translators never write a field every language shares (src/access/sharedFields.ts); a restored
// version is a draft (src/translations/publishing/restore.ts).
export default buildConfig({
  serverURL: process.env.SITE_URL || undefined,
  secret: process.env.PAYLOAD_SECRET || '',
  admin: {
    user: Users.slug,
    // Payload's default asks gravatar.com for a hash of each staff member's e-mail: no third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' – Fri från våld' },
    components: {
      providers: ['@/access/KeptRowsControls#KeptRowsControls'],
      views: {
        translations: { Component: '@/translations/dashboard/TranslationDashboard#TranslationDashboard', path: '/translations' },
        wheel: { Component: '@/campaigns/wheel/WheelView#WheelView', path: '/wheel' },
      },
      beforeDashboard: ['@/translations/dashboard/AttentionCounts#AttentionCounts'],
      afterNavLinks: ['@/translations/dashboard/NavLink#NavLink', '@/campaigns/wheel/WheelNavLink#WheelNavLink'],
    },
  },
  i18n: adminI18n,
  collections: [Topics, Films, SupportServices, Brochures, Media, FilmFiles, Campaigns, Events, InterfaceStrings, Feedback, Users, PageViews],
  globals: [SiteSettings, Navigation, KeyDates],
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.nativeName, rtl: l.dir === 'rtl' })),
    defaultLocale,
    fallback: true,
    // The publish button publishes the language on screen (Payload's `publishSpecificLocale`), never
    // another language's pending draft with it (payloadcms/payload#14672); "Publish all locales" is
    // the explicit second choice.
    defaultLocalePublishOption: 'active',
  },
  editor: lexicalEditor(),
  graphQL: { queries: accessWithDenials },
  db: databaseAdapter(),
  sharp,
  upload: {
    limits: { fileSize: largestUploadBytes },
    // The whole request: the file and the few form fields beside it.
    requestSizeLimit: largestUploadBytes + 1024 * 1024,
    abortOnLimit: true,
    responseOnLimit: 'The file is larger than the largest upload accepted.',
    useTempFiles: true,
    tempFileDir: path.join(os.tmpdir(), 'fri-fran-vald-uploads'),
  },
  // A public reason keeps its words; a failure because the database is away is a 503 (last, so it
  // wins), logged once per outage.
  hooks: { afterError: [publicReasonsKept, clientErrorsAre400, databaseAwayIs503] },
  logger: { options: { hooks: { logMethod } }, destination: defaultLoggerOptions },
  // Scheduled publishing and campaign boundaries run through the minute tick (src/jobs/), which
  // the server calls on itself; the queue is never run by a bare in-process timer.
  jobs: { tasks: [], access: { run: ({ req }) => hasRole(req.user, 'admin') } },
  endpoints: [...translationEndpoints, tickEndpoint, ...reachEndpoints],
  // The labels' languages besides Swedish and English (src/i18n/adminLabels/).
  plugins: [mediaStorage(), labelLanguages],
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
  .then(closeSharedFields)
  .then(restoreAsDrafts)
  .then(snapshotsKeepThePublishTime)
