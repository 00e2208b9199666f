/**
 * The demo films as committed (npm run films): captions that pass the portal's own validation in
 * every language with the Swedish timings, transcripts with speakers and descriptions, only confirmed
 * numbers from the helplines file, small faststart MP4s; and the film's text in the site search.
 */
import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { validateCaptions } from '@/films/captions'
import { conversationOf, filmAssets, helplinesOf, loadDemoFilms, loadGuide } from '@/films/seed/content'
import { isolateNumbers, toVtt, wrapCue } from '@/films/seed/vtt'
import { transcriptOf } from '@/films/transcript'
import { localeCodes } from '@/i18n/locales'
import { searchRows } from '@/search/documents'

const films = loadDemoFilms()
const guide = loadGuide()
const helplines = JSON.parse(fs.readFileSync('src/seed/content/helplines.json', 'utf8')) as { helplines: { phone: string; status: string }[] }
const confirmed = new Set(helplines.helplines.filter((h) => h.status === 'confirmed').map((h) => h.phone))
const timings = (vtt: string) => vtt.match(/^[\d:.]+ --> [\d:.]+$/gm)
/** Phone-number-like runs: three or more digits, with the spaces and hyphens numbers are written with. */
const numbersIn = (text: string) => (text.match(/\d[\d -]*\d/g) ?? []).map((n) => n.trim()).filter((n) => n.replace(/\D/g, '').length >= 3)

describe('the demo films', () => {
  it('are the five of the plan, each 30–60 s, under 2 MB, with its index before its data (faststart) and a poster', () => {
    expect(films.map((f) => f.key)).toEqual(['honour', 'older-people', 'early-signs', 'responding', 'reporting'])
    for (const film of films) {
      const files = filmAssets(film)
      const { durationSeconds } = JSON.parse(fs.readFileSync(files.manifest, 'utf8'))
      expect(durationSeconds).toBeGreaterThanOrEqual(30)
      expect(durationSeconds).toBeLessThanOrEqual(60)
      const mp4 = fs.readFileSync(files.video)
      expect(mp4.length).toBeLessThan(2 * 1024 * 1024)
      expect(mp4.indexOf('moov'), film.slug).toBeGreaterThan(0)
      expect(mp4.indexOf('moov'), film.slug).toBeLessThan(mp4.indexOf('mdat'))
      expect(fs.readFileSync(files.poster).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    }
  })

  it.each(films.map((f) => [f.slug, f] as const))('%s: captions in every language pass validation, with the Swedish timings', (_slug, film) => {
    const files = filmAssets(film)
    const { durationSeconds } = JSON.parse(fs.readFileSync(files.manifest, 'utf8'))
    const sv = fs.readFileSync(files.captions('sv'), 'utf8')
    for (const locale of localeCodes) {
      const vtt = fs.readFileSync(files.captions(locale), 'utf8')
      expect(validateCaptions(vtt, { durationSeconds }), locale).toEqual([])
      expect(timings(vtt), locale).toEqual(timings(sv))
    }
  })

  it('make transcripts with the speakers and the descriptions of what is shown', () => {
    const reporting = films.find((f) => f.key === 'reporting')!
    const lines = transcriptOf(fs.readFileSync(filmAssets(reporting).captions('en'), 'utf8'))
    expect(lines[0]).toMatchObject({ kind: 'description', text: '[Text on screen: Reporting to the police – and after?]' })
    expect(lines.filter((l) => l.speaker === 'Maria Ek').length).toBe(2)
    expect(lines.filter((l) => l.speaker === 'Narrator').length).toBe(2)
    expect(lines.at(-1)).toMatchObject({ kind: 'description' })
  })

  it('name only confirmed numbers from the helplines file, in captions, conversation material and texts', () => {
    for (const film of films) {
      const texts = [
        ...localeCodes.map((l) => fs.readFileSync(filmAssets(film).captions(l), 'utf8').replace(/^[\d:.]+ --> [\d:.]+$/gm, '').replace(/^\d+$/gm, '')),
        ...localeCodes.flatMap((l) => Object.values(conversationOf(film, guide, l)).flatMap((v) => (typeof v === 'string' ? [v] : v.map((q) => q.question)))),
      ]
      for (const text of texts) for (const n of numbersIn(text.replace(/[\u2066\u2069]/g, ''))) expect(confirmed, `${film.key}: ${n}`).toContain(n)
      expect(helplinesOf(film).every((h) => conversationOf(film, guide, 'ar').help.includes(h.phone))).toBe(true)
    }
  })
})

describe('captions as the script writes them', () => {
  it('break at most into two lines of 42, never inside a number, and refuse what does not fit', () => {
    expect(wrapCue('Kort rad.')).toEqual(['Kort rad.'])
    const lines = wrapCue('Prata med någon du litar på, eller ring Kvinnofridslinjen, 020-50 50 50.')
    expect(lines).toHaveLength(2)
    expect(lines.every((l) => l.length <= 42)).toBe(true)
    expect(lines.join(' ')).toContain('020-50 50 50')
    expect(() => wrapCue('a'.repeat(30) + ' ' + 'b'.repeat(30) + ' ' + 'c'.repeat(30))).toThrow(/two lines/)
  })

  it('keep numbers left to right inside Arabic and Persian only, and escape the cue text', () => {
    expect(isolateNumbers('اتصل بـ 112', 'ar')).toBe('اتصل بـ \u2066112\u2069')
    expect(isolateNumbers('ring 112', 'sv')).toBe('ring 112')
    const vtt = toVtt([{ start: 1, end: 2.5, voice: 'A & B', text: '<b>' }], 'sv')
    expect(vtt).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<v A &amp; B>&lt;b&gt;\n')
  })
})

describe('a film in the site search', () => {
  it('is indexed with its transcript in each language, under its one slug', () => {
    const film = films.find((f) => f.key === 'early-signs')!
    const captions = Object.fromEntries(localeCodes.map((l) => [l, fs.readFileSync(filmAssets(film).captions(l), 'utf8')]))
    const rows = searchRows('films', { id: 7, slug: film.slug, title: film.title, summary: film.summary, captions })
    expect(rows).toHaveLength(localeCodes.length)
    const fi = rows.find((r) => r.locale === 'fi')!
    expect(fi).toMatchObject({ slug: 'tidiga-tecken', title: 'Varhaiset merkit', lang: 'fi' })
    expect(fi.body).toContain('mustasukkaisuudesta')
  })
})
