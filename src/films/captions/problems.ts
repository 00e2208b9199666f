import type { PayloadRequest } from 'payload'

import { adminT } from '@/i18n/adminText'
import { defaultLocale } from '@/i18n/locales'

import { parseCaptions, type CaptionError } from './parse'
import { validateCaptions } from './validate'

const shown = 8

const seconds = (s: number) => (Math.round(s * 1000) / 1000).toString()

/** One problem in the editor's language, with its line. */
export function captionErrorText(req: Pick<PayloadRequest, 't'>, error: CaptionError): string {
  const t = adminT(req.t)
  const vars = { detail: error.detail ?? '', limit: error.limit === undefined ? '' : error.kind === 'pastEnd' ? seconds(error.limit) : error.limit, found: typeof error.found === 'number' ? (error.kind === 'pastEnd' ? seconds(error.found) : error.found) : (error.timing ?? '') }
  return t('custom:films:captionsLine', { line: error.line, problem: t(`custom:films:${error.kind}`, vars) })
}

/** The Swedish cues' timings, for a translation's save (none when the film has no Swedish captions yet). */
async function swedishTimings(req: PayloadRequest, id: number | string | undefined): Promise<Set<string> | undefined> {
  if (id === undefined) return undefined
  // Not with `req`: a Local API call given the request would switch its locale to Swedish.
  const film = await req.payload
    .findByID({ collection: 'films', id, locale: defaultLocale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true, select: { captions: true } })
    .catch(() => null)
  const vtt = typeof film?.captions === 'string' ? film.captions : ''
  if (!vtt.trim()) return undefined
  return new Set(parseCaptions(vtt).cues.map((c) => `${c.start}/${c.end}`))
}

/**
 * What is wrong with captions about to be saved, in the editor's language, each with its line: not
 * WebVTT, cues out of order or overlapping, past the film's end, lines too long, too many lines; in
 * a translation, cues whose timings are not the Swedish ones (the timings are shared by every
 * language). A few at a time: enough to fix, not a wall.
 */
export async function captionProblems(req: PayloadRequest, value: unknown, durationSeconds: number | undefined, id: number | string | undefined): Promise<string[]> {
  // None (or an empty text) is a language without captions; a number or an object is not captions at all.
  if (value === null || value === undefined) return []
  if (typeof value !== 'string') return [adminT(req.t)('custom:films:notText')]
  if (value.trim() === '') return []
  const errors = validateCaptions(value, { durationSeconds })
  if (!errors.length && req.locale && req.locale !== defaultLocale) {
    const timings = await swedishTimings(req, id)
    if (timings) {
      for (const cue of parseCaptions(value).cues) {
        if (!timings.has(`${cue.start}/${cue.end}`)) errors.push({ kind: 'timing', line: cue.line, timing: cue.timing.trim() })
      }
    }
  }
  return errors.slice(0, shown).map((e) => captionErrorText(req, e))
}
