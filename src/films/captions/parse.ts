/**
 * WebVTT captions, read with the W3C's own parser and validator (`webvtt-parser`, w3c/webvtt.js):
 * it follows the spec's parsing rules and reports each syntax error with its line. On top of it
 * this file knows where each cue stands in the file (the parser sorts cues and keeps no line
 * numbers), so that every problem a caption editor must fix names a line. Pure: no Payload.
 */
import * as webvtt from 'webvtt-parser'
import type { Cue, Tree, TreeNode } from 'webvtt-parser'

// A CommonJS module whose exports Node's ESM loader cannot see by name: take them from its default.
const { WebVTTCueTextParser, WebVTTCueTimingsAndSettingsParser, WebVTTParser } = ((webvtt as { default?: typeof webvtt }).default ?? webvtt) as typeof webvtt

export interface CaptionCue {
  /** Position in the file, from 0. */
  index: number
  /** 1-based line of the cue's timing line (`00:00:01.000 --> 00:00:03.000`). */
  line: number
  /** The cue's identifier line, if it has one. */
  id: string
  start: number
  end: number
  /** The timing line as written (timings and settings), kept verbatim when a translation is rebuilt. */
  timing: string
  /** The cue's text as written (tags and all), its lines joined by "\n". */
  text: string
  tree: Tree
}

export type CaptionErrorKind = 'syntax' | 'order' | 'overlap' | 'pastEnd' | 'lineLength' | 'tooManyLines'

export interface CaptionError {
  kind: CaptionErrorKind
  /** 1-based line in the file. */
  line: number
  /** The parser's own words (English) for a syntax error. */
  detail?: string
  /** The limit broken (seconds, characters or lines) and the value found. */
  limit?: number
  found?: number
}

export interface ParsedCaptions {
  cues: CaptionCue[]
  errors: CaptionError[]
}

const ORDER_MESSAGE = 'Start timestamp is not greater than or equal to start timestamp of previous cue.'
const TIMING = /-->/
const noErrors = () => undefined

/** The lines of a file as the parser splits them. */
export const linesOf = (vtt: string) => vtt.replace(/\0/g, '\uFFFD').split(/\r\n|\r|\n/)

/** Parse a WebVTT file: its cues in file order with their lines, and its syntax errors. */
export function parseCaptions(vtt: string): ParsedCaptions {
  const parsed = new WebVTTParser().parse(vtt, 'subtitles')
  const lines = linesOf(vtt)
  const errors: CaptionError[] = parsed.errors
    // Order is checked below, the same way for every cue.
    .filter((e) => e.message !== ORDER_MESSAGE)
    .map((e) => ({ kind: 'syntax' as const, line: textErrorLine(lines, e.line), detail: e.message }))
  if (errors.length) return { cues: [], errors }
  // Without syntax errors, every line with "-->" is a cue's timing line (a note or style block
  // with one, or a cue without a blank line before it, is a syntax error).
  const cues: CaptionCue[] = []
  lines.forEach((line, i) => {
    if (!TIMING.test(line)) return
    const cue = { startTime: 0, endTime: 0 } as Cue
    new WebVTTCueTimingsAndSettingsParser(line, noErrors).parse(cue, 0)
    const textLines: string[] = []
    for (let j = i + 1; j < lines.length && lines[j] !== ''; j++) textLines.push(lines[j])
    const text = textLines.join('\n')
    const id = i > 0 && lines[i - 1] !== '' ? lines[i - 1] : ''
    const tree = new WebVTTCueTextParser(text, noErrors, 'subtitles', new WebVTTParser().entities).parse(cue.startTime, cue.endTime)
    cues.push({ index: cues.length, line: i + 1, id, start: cue.startTime, end: cue.endTime, timing: line, text, tree })
  })
  return { cues, errors }
}

/**
 * The parser reports a cue text's errors (a bad tag) at the line after the cue; name the cue's
 * first text line instead, which is where the editor looks.
 */
function textErrorLine(lines: string[], line: number): number {
  if (lines[line - 1] !== undefined && lines[line - 1] !== '') return line
  for (let i = line - 2; i >= 0 && lines[i] !== ''; i--) {
    if (TIMING.test(lines[i])) return i + 2
  }
  return line
}

/** The text a viewer sees: tags dropped, entities resolved, `<v>` spans as their words. */
export function plainText(nodes: TreeNode[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? n.value : n.type === 'object' && (n.name as string) !== 'rt' ? plainText(n.children as TreeNode[]) : ''))
    .join('')
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * How long a caption line looks: user-perceived characters (a letter with its Arabic or Persian
 * vowel marks is one), not counting invisible direction marks (`&lrm;`, the isolates around a phone
 * number in right-to-left text). So one limit fits every script, and no extra allowance for ar/fa.
 */
export function visibleLength(line: string): number {
  let n = 0
  for (const { segment } of segmenter.segment(line)) if (!/^\p{Cf}+$/u.test(segment)) n++
  return n
}
