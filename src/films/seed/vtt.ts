/**
 * The demo films' WebVTT files, from the texts and the timeline of the narration. Every language
 * gets the same cues at the same times (the captions' translation workflow relies on that).
 */
import { dirOf, type Locale } from '@/i18n/locales'

export const maxLineLength = 42

export interface TimedCue {
  start: number
  end: number
  /** A WebVTT voice: who speaks. None for a description. */
  voice?: string
  text: string
}

/**
 * At most two lines of `maxLineLength`, broken at the space nearest the middle (phrase-like and
 * balanced); throws when the text does not fit, so the script's author shortens it.
 */
export function wrapCue(text: string): string[] {
  if (text.length <= maxLineLength) return [text]
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index)
  // A number such as "020-50 50 50" is never broken.
  const numbers = [...text.matchAll(/\d[\d -]*\d/g)].map((m) => [m.index, m.index + m[0].length])
  const breaks = spaces.filter((i) => !numbers.some(([a, b]) => i > a && i < b))
  const fitting = breaks.filter((i) => i <= maxLineLength && text.length - i - 1 <= maxLineLength)
  if (!fitting.length) throw new Error(`Too long for two lines of ${maxLineLength}: "${text}"`)
  // Nearest the middle, with a pull towards a break after punctuation (a phrase boundary).
  const cost = (i: number) => Math.abs(i - text.length / 2) - (/[,.:;?!،؛]/.test(text[i - 1]) ? 10 : 0)
  const at = fitting.reduce((best, i) => (cost(i) < cost(best) ? i : best))
  return [text.slice(0, at), text.slice(at + 1)]
}

/** Phone numbers stay left-to-right inside right-to-left text (Unicode isolates: LRI … PDI). */
export function isolateNumbers(text: string, locale: Locale): string {
  return dirOf(locale) === 'rtl' ? text.replace(/\d[\d -]*\d|\d/g, (n) => `\u2066${n}\u2069`) : text
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor(ms / 60_000) % 60
  const s = Math.floor(ms / 1000) % 60
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function toVtt(cues: TimedCue[], locale: Locale): string {
  const blocks = cues.map((cue, i) => {
    const lines = wrapCue(cue.text).map((line) => escapeText(isolateNumbers(line, locale)))
    // The voice opens on the first line and holds for the cue (WebVTT cue text spans lines).
    if (cue.voice) lines[0] = `<v ${escapeText(cue.voice)}>${lines[0]}`
    return `${i + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${lines.join('\n')}`
  })
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`
}
