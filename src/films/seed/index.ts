/**
 * The demo films in a new install: each film's video (film-files), poster (media, alt text in every
 * language), captions, conversation material and topics. The files are the ones `npm run films`
 * made and committed (assets/), so seeding needs no ffmpeg. Swedish is the approved source; every
 * other language is a machine draft that needs review. Idempotent film by film (by slug).
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import type { ReviewState } from '@/translations/reviewField'

import { conversationOf, filmAssets, loadDemoFilms, loadGuide, type FilmManifest } from './content'

export async function seedFilms(payload: Payload, { topics, log = console.log }: { topics: Map<string, number>; log?: (m: string) => void }) {
  const guide = loadGuide()
  for (const film of loadDemoFilms()) {
    const files = filmAssets(film)
    if (!fs.existsSync(files.video)) {
      log(`Film ${film.slug}: no video in ${files.dir} (run npm run films); skipped.`)
      continue
    }
    const existing = await payload.find({ collection: 'films', where: { slug: { equals: film.slug } }, draft: true, limit: 1, depth: 0, overrideAccess: true })
    if (existing.docs[0]) continue

    const manifest = JSON.parse(fs.readFileSync(files.manifest, 'utf8')) as FilmManifest
    const captions = (locale: Locale) => fs.readFileSync(files.captions(locale), 'utf8')
    // Named after the film, so that a downloaded file says what it is (the assets are all film.mp4).
    const file = (from: string, mimetype: string, name: string) => {
      const data = fs.readFileSync(from)
      return { data, mimetype, name, size: data.length }
    }
    const video = await payload.create({ collection: 'film-files', overrideAccess: true, data: {}, file: file(files.video, 'video/mp4', `${film.slug}.mp4`) })
    const poster = await payload.create({
      collection: 'media',
      locale: defaultLocale,
      overrideAccess: true,
      data: { alt: film.posterAlt.sv, translationReview: 'approved' },
      file: file(files.poster, 'image/jpeg', `${film.slug}.jpg`),
    })
    for (const locale of localeCodes) {
      if (locale !== defaultLocale) {
        await payload.update({ collection: 'media', id: poster.id, locale, overrideAccess: true, data: { alt: film.posterAlt[locale], translationReview: 'needs-review' } })
      }
    }

    const sv = conversationOf(film, guide, defaultLocale)
    const created = await payload.create({
      collection: 'films',
      locale: defaultLocale,
      overrideAccess: true,
      data: {
        title: film.title.sv,
        slug: film.slug,
        summary: film.summary.sv,
        video: video.id,
        poster: poster.id,
        durationSeconds: manifest.durationSeconds,
        focusAreas: film.focusAreas as never,
        readers: film.readers as never,
        audience: film.audience as never,
        participants: film.participants.map((p) => ({ name: p.name, role: p.role.sv })),
        topics: film.topics.map((key) => topics.get(key)).filter((id): id is number => id !== undefined),
        captions: captions(defaultLocale),
        conversation: { ...sv, review: 'approved' },
        translationReview: 'approved',
        captionsReview: 'approved',
        _status: 'published',
      },
    })

    // The arrays are shared by every language, their texts are not: each language fills the same rows.
    for (const locale of localeCodes) {
      if (locale === defaultLocale) continue
      const review: ReviewState = 'needs-review'
      const text = conversationOf(film, guide, locale)
      await payload.update({
        collection: 'films',
        id: created.id,
        locale,
        overrideAccess: true,
        // Every language is written live, as the other seeded content: nothing is left pending (src/translations/publishing/rules.ts).
        publishAllLocales: true,
        data: {
          title: film.title[locale],
          summary: film.summary[locale],
          participants: (created.participants ?? []).map((row, i) => ({ id: row.id, name: row.name, role: film.participants[i].role[locale] })),
          captions: captions(locale),
          conversation: {
            before: text.before,
            during: text.during,
            after: text.after,
            help: text.help,
            questions: (created.conversation?.questions ?? []).map((row, i) => ({ id: row.id, question: text.questions[i]?.question })),
            review,
          },
          translationReview: review,
          captionsReview: review,
          _status: 'published',
        },
      })
    }
  }
}
