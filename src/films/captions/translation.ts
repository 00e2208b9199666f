/**
 * Captions in the translation workflow: each Swedish cue is one unit, keyed by its position and
 * its Swedish timings (`3_12500-15000`: the fourth cue, 12.5 s to 15 s), so that a key names the
 * same cue for as long as the Swedish cue keeps its place and timings. A translation is rebuilt
 * from the Swedish timings and the translated texts: the timings are never the translator's.
 */
import { parseCaptions, plainText, visibleLength, type CaptionCue } from './parse'
import { defaultMaxLineLength, defaultMaxLines } from './validate'

export interface CaptionUnit {
  key: string
  cue: CaptionCue
  /** The Swedish text a viewer reads, lines joined by "\n" (tags such as `<v Anna>` dropped). */
  source: string
  speaker?: string
  /** This language's text for the cue, if it has one. */
  target?: string
}

const ms = (s: number) => Math.round(s * 1000)
export const cueKey = (cue: CaptionCue) => `${cue.index}_${ms(cue.start)}-${ms(cue.end)}`
export const cueKeyPattern = /^(.+)\.(\d+_\d+-\d+)$/

const timingOf = (cue: CaptionCue) => `${ms(cue.start)}-${ms(cue.end)}`

function cuesOf(vtt: unknown): CaptionCue[] {
  if (typeof vtt !== 'string' || vtt.trim() === '') return []
  const { cues, errors } = parseCaptions(vtt)
  return errors.length ? [] : cues
}

const speakerOf = (cue: CaptionCue): string | undefined => {
  const voice = cue.tree.children.find((n) => n.type === 'object' && n.name === 'v')
  return voice && voice.type === 'object' ? voice.value.trim() || undefined : undefined
}

/** A translation's cues by the Swedish cue they belong to: same timings, in the same order. */
function matchTargets(source: CaptionCue[], target: CaptionCue[]): Map<string, string> {
  const byTiming = new Map<string, CaptionCue[]>()
  for (const cue of target) byTiming.set(timingOf(cue), [...(byTiming.get(timingOf(cue)) ?? []), cue])
  const out = new Map<string, string>()
  for (const cue of source) {
    const match = byTiming.get(timingOf(cue))?.shift()
    const text = match ? plainText(match.tree.children).trim() : ''
    if (text) out.set(cueKey(cue), text)
  }
  return out
}

/** The units of a film's captions: every Swedish cue with text, and this language's text for it. */
export function captionUnits(sourceVtt: unknown, targetVtt: unknown): CaptionUnit[] {
  const source = cuesOf(sourceVtt)
  const targets = matchTargets(source, cuesOf(targetVtt))
  return source.flatMap((cue) => {
    const text = plainText(cue.tree.children).trim()
    if (!text) return []
    const key = cueKey(cue)
    return [{ key, cue, source: text, speaker: speakerOf(cue), target: targets.get(key) }]
  })
}

/** Whether every Swedish cue has its text in this language (the translation is complete). */
export function captionsComplete(sourceVtt: unknown, targetVtt: unknown): boolean {
  return captionUnits(sourceVtt, targetVtt).every((u) => u.target !== undefined)
}

/** Text as WebVTT cue text: no markup from the translator, no blank line that would end the cue. */
const escapeCue = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')

/**
 * A translated cue's lines: as the translator broke them, or, for a single line too long to read,
 * split at the space nearest its middle (CAT tools often drop line breaks). Undefined when it does
 * not fit in the allowed lines.
 */
export function captionLines(text: string, { maxLineLength = defaultMaxLineLength, maxLines = defaultMaxLines } = {}): string[] | undefined {
  let lines = text.split('\n').map((l) => l.trim()).filter(Boolean)
  if (lines.length === 1 && visibleLength(lines[0]) > maxLineLength && maxLines >= 2) {
    const line = lines[0]
    const middle = line.length / 2
    // Nearest the middle, a break after a comma or a full stop counting as nearer: a phrase boundary.
    const cost = (i: number) => Math.abs(i - middle) - (/[,.;:!?،؛]/.test(line[i - 1]) ? line.length / 6 : 0)
    const spaces = [...line.matchAll(/ /g)].map((m) => m.index!).sort((a, b) => cost(a) - cost(b))
    if (spaces.length) lines = [line.slice(0, spaces[0]).trim(), line.slice(spaces[0] + 1).trim()]
  }
  if (lines.length === 0 || lines.length > maxLines || lines.some((l) => visibleLength(l) > maxLineLength)) return undefined
  return lines
}

/**
 * A translation rebuilt on the Swedish captions: every Swedish cue's identifier and timing line as
 * they are in Swedish, the translated text (kept from the stored translation where this import
 * brings none), the Swedish speaker's voice span around it. Cues without a translation are left
 * out, so the file stays one language; the translation counts as missing until they are there.
 */
export function rebuildCaptions(sourceVtt: string, currentTargetVtt: unknown, translated: Map<string, string>): string {
  const units = captionUnits(sourceVtt, currentTargetVtt)
  const blocks = units.flatMap((u) => {
    const text = translated.get(u.key) ?? u.target
    if (!text) return []
    const body = escapeCue(text)
    const voiced = u.speaker ? `<v ${u.speaker}>${body}</v>` : body
    return [[...(u.cue.id ? [u.cue.id] : []), u.cue.timing, voiced].join('\n')]
  })
  return ['WEBVTT', ...blocks].join('\n\n') + '\n'
}
