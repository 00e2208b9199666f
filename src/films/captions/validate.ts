import { parseCaptions, plainText, visibleLength, type CaptionError } from './parse'

export interface CaptionLimits {
  /** The film's length: no cue may end after it. */
  durationSeconds?: number | null
  /** Longest line, in visible characters (content guide: about 42). */
  maxLineLength?: number
  /** Most lines a cue may have (content guide: two). */
  maxLines?: number
}

/** Default longest caption line: the content guide's, Netflix's and most broadcasters' 42. */
export const defaultMaxLineLength = Number(process.env.CAPTION_MAX_LINE_LENGTH || 42)
export const defaultMaxLines = 2

/**
 * Everything wrong with a captions file, each with its line: syntax (the W3C parser's errors), cues
 * out of order or overlapping, cues past the film's end, lines too long, cues with too many lines.
 * An empty file is no captions, which is fine.
 */
export function validateCaptions(vtt: string, { durationSeconds, maxLineLength = defaultMaxLineLength, maxLines = defaultMaxLines }: CaptionLimits = {}): CaptionError[] {
  if (vtt.trim() === '') return []
  const { cues, errors } = parseCaptions(vtt)
  if (errors.length) return errors
  let previousStart = -Infinity
  let previousEnd = -Infinity
  for (const cue of cues) {
    if (cue.start < previousStart) errors.push({ kind: 'order', line: cue.line })
    else if (cue.start < previousEnd) errors.push({ kind: 'overlap', line: cue.line })
    previousStart = Math.max(previousStart, cue.start)
    previousEnd = Math.max(previousEnd, cue.end)
    if (typeof durationSeconds === 'number' && cue.end > durationSeconds) {
      errors.push({ kind: 'pastEnd', line: cue.line, limit: durationSeconds, found: cue.end })
    }
    const shown = plainText(cue.tree.children).split('\n')
    if (shown.length > maxLines) errors.push({ kind: 'tooManyLines', line: cue.line, limit: maxLines, found: shown.length })
    shown.forEach((text, k) => {
      const length = visibleLength(text)
      if (length > maxLineLength) errors.push({ kind: 'lineLength', line: cue.line + 1 + k, limit: maxLineLength, found: length })
    })
  }
  return errors
}
