/**
 * Right-to-left captions as players lay them out. WebVTT's rendering rules give each cue
 * `unicode-bidi: plaintext`, so a line takes its direction from its first strong character (Unicode
 * bidi P2/P3; Chromium takes the first line's for the whole cue): an Arabic or Persian line that
 * opens with a Latin name ("Kvinnofridslinjen على …"), a number or punctuation comes out left to
 * right, its words in the wrong order. The subtitlers' remedy is a RIGHT-TO-LEFT MARK at the start
 * of each such line. It is added when the file is served, never stored, so editors and translators
 * (XLIFF) work on the text as written.
 */
import { parseCaptions } from './parse'

const RLM = '\u200f'

/** Tags that open a line (`<v Maria Ek>`, `<i>`, `</c>`, `<00:01.000>`): markup, not text. */
const leadingTags = /^(?:<[^>\n]*>)*/

/**
 * A line that already starts right to left: a letter of a right-to-left script, a right-to-left
 * or Arabic letter mark, or `&rlm;` (how an editor types one). Arabic-Indic digits are weak (AN),
 * not letters, so a line opening with them gets the mark too.
 */
const startsRightToLeft =
  /^(?:\u200f|\u061c|&rlm;|(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}])/u

/** One cue text line with a RIGHT-TO-LEFT MARK as its first character of text, after any opening tags. */
export function rightToLeftLine(line: string): string {
  const tags = leadingTags.exec(line)![0]
  const text = line.slice(tags.length)
  return text === '' || startsRightToLeft.test(text) ? line : `${tags}${RLM}${text}`
}

/**
 * A WebVTT file for a right-to-left language, each cue text line starting right to left. The
 * header, NOTE and STYLE blocks, cue identifiers, timings and settings and the line breaks
 * are left as they are; a file that does not parse is left whole (saved captions always parse).
 * Idempotent: a line that starts with the mark is not marked again.
 */
export function rightToLeftCaptions(vtt: string): string {
  if (parseCaptions(vtt).errors.length) return vtt
  // Lines and their breaks, alternately, so that CRLF or CR files keep their breaks.
  const parts = vtt.split(/(\r\n|\r|\n)/)
  let inCue = false
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === '') inCue = false
    // Without syntax errors, a line with "-->" is a cue's timing line (as in parse.ts); its text
    // runs to the next blank line.
    else if (parts[i].includes('-->')) inCue = true
    else if (inCue) parts[i] = rightToLeftLine(parts[i])
  }
  return parts.join('')
}
