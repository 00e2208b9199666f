/** The site's own font files (src/fonts/, public/fonts/): what they hold is what their CSS says. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { Blob, Buffer as HbBuffer, Face, Font, shape } from 'harfbuzzjs'
import subsetFont from 'subset-font'
import { describe, expect, it } from 'vitest'

import { fontFiles } from '@/fonts/files'
import { arabicAndPersian, fileName, fileStem, fontSubsets, unicodeRange, type FontSubset, type Ranges } from '@/fonts/subsets'

const root = path.resolve(import.meta.dirname, '../..')
const bytesOf = (url: string) => fs.readFileSync(path.join(root, 'public', url))
/** The generated entry of a subset (fallbacks are written first). */
const fileOf = (subset: FontSubset) => fontFiles.find((f) => f.url.startsWith(`/fonts/${fileStem(subset)}.`))!
const codePoints = (ranges: Ranges) => ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))

/**
 * The font as harfbuzz sees it (it reads no WOFF2): subset again to the characters the file claims,
 * as TrueType. A character the file lacks is missing from this copy too.
 */
async function face(url: string, ranges: Ranges) {
  const text = String.fromCodePoint(...codePoints(ranges))
  return new Face(new Blob(new Uint8Array(await subsetFont(bytesOf(url), text, { targetFormat: 'truetype' }))))
}

function glyphs(f: Face, text: string) {
  const buffer = new HbBuffer()
  buffer.addText(text)
  buffer.guessSegmentProperties()
  shape(new Font(f), buffer)
  return buffer.getGlyphInfos().map((g) => g.codepoint)
}

describe('the font files', () => {
  it('are the ones subsets.ts describes, named by their content, and nothing else is in public/fonts', () => {
    expect(fontFiles.length).toBe(fontSubsets.length)
    for (const subset of fontSubsets) {
      const file = fileOf(subset)
      expect([file.family, file.weight, file.dir, file.fallback]).toEqual([subset.family, subset.weight, subset.dir, Boolean(subset.fallback)])
      expect(file.url).toBe(`/fonts/${fileName(subset, createHash('sha256').update(bytesOf(file.url)).digest('hex'))}`)
    }
    expect(fs.readdirSync(path.join(root, 'public/fonts')).sort()).toEqual(fontFiles.map((f) => f.url.replace('/fonts/', '')).sort())
  })

  it('each subset has a glyph for every character its unicode-range claims', async () => {
    for (const subset of fontSubsets) {
      if (subset.copy) continue
      const has = new Set((await face(fileOf(subset).url, subset.ranges)).collectUnicodes())
      expect(codePoints(subset.ranges).filter((c) => !has.has(c)).map((c) => c.toString(16)), fileOf(subset).url).toEqual([])
    }
  })

  it('the Arabic files hold Persian letters, both kinds of Arabic digits, and join letters', async () => {
    const persian = [...'پچژگکیۀ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩'].map((c) => c.codePointAt(0)!)
    expect(persian.filter((c) => !codePoints(arabicAndPersian).includes(c))).toEqual([])
    for (const subset of fontSubsets) {
      if (subset.ranges !== arabicAndPersian) continue
      const f = await face(fileOf(subset).url, subset.ranges)
      // The joining forms survived the subsetting: a word of three beh is a dot and three different
      // forms (initial, medial, final), none of them the letter alone; nothing is the missing glyph (0).
      const word = glyphs(f, 'ببب')
      expect(new Set(word).size).toBe(4)
      expect(glyphs(f, 'ب').filter((g) => !word.includes(g))).toHaveLength(1)
      for (const word of ['کتاب‌های', 'پژوهشی', 'گچ', '۱۱۲', '١١٢', 'مرحبا،', 'لا']) expect(glyphs(f, word).filter((g) => g === 0), word).toEqual([])
    }
  })

  it('faces.css declares each file with its unicode-range and font-display: swap', () => {
    const css = fs.readFileSync(path.join(root, 'src/fonts/faces.css'), 'utf8')
    for (const subset of fontSubsets) {
      const rule = css.split('@font-face').find((r) => r.includes(fileOf(subset).url))
      expect(rule, fileOf(subset).url).toContain(`unicode-range: ${unicodeRange(subset.ranges)};`)
      expect(rule).toContain('font-display: swap;')
      expect(rule).toContain(`font-weight: ${subset.weight};`)
    }
  })
})
