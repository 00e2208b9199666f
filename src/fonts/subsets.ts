/**
 * The site's own font files: which file each is made from and which characters it holds. A page
 * downloads only the files whose unicode-range its text touches, and preloads those its script
 * always needs (`preloadFor`). `npm run fonts` (scripts/fonts.ts) writes the files to public/fonts/
 * and their @font-face rules to faces.css; tests/unit/fonts.test.ts checks every file against this.
 */

/** Inclusive code point ranges. */
export type Ranges = readonly (readonly [number, number])[]

export interface FontSubset {
  family: 'Noto Sans' | 'Noto Sans Arabic'
  weight: 400 | 700
  /** Which pages use it first: left-to-right (Latin, Cyrillic) or right-to-left (Arabic, Persian). */
  dir: 'ltr' | 'rtl'
  /** The @fontsource file it is made from (node_modules/@fontsource/…). */
  source: string
  ranges: Ranges
  /** Copied unchanged (its unicode-range is the source's own) instead of subset. */
  copy?: boolean
  /**
   * For characters the subsets lack: declared before them (a browser tries the last declared face
   * first), never preloaded, fetched only by a page that shows such a character.
   */
  fallback?: boolean
}

const cp = (c: number) => [c, c] as const

/**
 * Arabic and Persian as the pages write them: the letters (with Persian پ چ ژ گ ک ی and ۀ), the
 * vowel marks, the Arabic-Indic and Persian digits, the punctuation, and the joiners Persian needs
 * (ZWNJ). Fontsource's Arabic file is four times larger because it also holds Urdu, Sindhi, Quranic
 * marks and more; a character outside this set falls back to that file (`arabicBlocks`).
 */
export const arabicAndPersian: Ranges = [
  cp(0x060c), // ، comma
  [0x061b, 0x061c], // ؛ semicolon, Arabic letter mark
  cp(0x061f), // ؟ question mark
  [0x0621, 0x063a], // ء … غ
  [0x0640, 0x0655], // tatweel, ف … ي, vowel marks, hamza above and below
  [0x0660, 0x066d], // ٠ … ٩, percent, decimal and thousands separators
  cp(0x0670), // superscript alef
  cp(0x067e), // پ
  cp(0x0686), // چ
  cp(0x0698), // ژ
  cp(0x06a9), // ک
  cp(0x06af), // گ
  cp(0x06c0), // ۀ
  cp(0x06cc), // ی
  [0x06f0, 0x06f9], // ۰ … ۹ Persian digits
  [0x200c, 0x200e], // zero-width non-joiner and joiner, left-to-right mark
]

/** The Latin that Arabic and Persian pages show: numbers, names of services, punctuation. */
export const latinOnArabicPages: Ranges = [
  [0x0020, 0x007e],
  // Latin-1 but the few signs the source file has no glyph for (¤ ¦ ¬ ± ² ³ µ ¹ ¼ ½ ¾, soft hyphen).
  [0x00a0, 0x00a3], cp(0x00a5), [0x00a7, 0x00ab], [0x00ae, 0x00b0], cp(0x00b4), [0x00b6, 0x00b8], [0x00ba, 0x00bb], [0x00bf, 0x00ff],
  [0x2013, 0x2014], // – —
  [0x2018, 0x201a], // ‘ ’ ‚
  [0x201c, 0x201e], // “ ” „
  cp(0x2022),
  cp(0x2026),
  [0x2039, 0x203a],
  cp(0x20ac),
]

/** The Arabic blocks of fontsource's Arabic file (Urdu, Sindhi, Quranic marks …): the fallback. */
export const arabicBlocks: Ranges = [[0x0600, 0x06ff], [0x0750, 0x077f], [0x0870, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfefc]]

/** Fontsource's own range for its Latin file of Noto Sans (the Latin pages' font, unchanged). */
export const notoSansLatin: Ranges = [
  [0x0000, 0x00ff], cp(0x0131), [0x0152, 0x0153], [0x02bb, 0x02bc], cp(0x02c6), cp(0x02da), cp(0x02dc),
  cp(0x0304), cp(0x0308), cp(0x0329), [0x2000, 0x206f], cp(0x20ac), cp(0x2122), cp(0x2191), cp(0x2193),
  cp(0x2212), cp(0x2215), cp(0xfeff), cp(0xfffd),
]

/**
 * Fontsource's other Noto Sans files (Cyrillic, Greek, Devanagari, Vietnamese, Latin Extended) with
 * its own ranges, in its order: copied to public/fonts/ like ours rather than imported through the
 * bundler, which would put them under /_next/static/media, and Next then adds a useless
 * `<link rel="preconnect" href="/">` and a size-adjust meta to every page (it takes them for next/font's).
 */
const notoSansOthers: readonly (readonly [string, string])[] = [
  ['cyrillic-ext', 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F'],
  ['cyrillic', 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'],
  ['devanagari', 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09'],
  ['greek-ext', 'U+1F00-1FFF'],
  ['greek', 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF'],
  ['vietnamese', 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'],
  ['latin-ext', 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'],
]

/** A CSS unicode-range (`U+0460-052F,U+20B4`) as ranges. */
function parseRanges(css: string): Ranges {
  return css.split(',').map((part) => {
    const [a, b = a] = part.replace('U+', '').split('-')
    return [parseInt(a, 16), parseInt(b, 16)] as const
  })
}

export const fontSubsets: readonly FontSubset[] = ([400, 700] as const).flatMap((weight) => [
  ...notoSansOthers.map(([name, range]): FontSubset => ({ family: 'Noto Sans', weight, dir: 'ltr', source: `noto-sans/files/noto-sans-${name}-${weight}-normal.woff2`, ranges: parseRanges(range), copy: true, fallback: true })),
  { family: 'Noto Sans Arabic', weight, dir: 'rtl', source: `noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`, ranges: arabicBlocks, copy: true, fallback: true },
  { family: 'Noto Sans', weight, dir: 'ltr', source: `noto-sans/files/noto-sans-latin-${weight}-normal.woff2`, ranges: notoSansLatin, copy: true },
  { family: 'Noto Sans Arabic', weight, dir: 'rtl', source: `noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`, ranges: arabicAndPersian },
  { family: 'Noto Sans Arabic', weight, dir: 'rtl', source: `noto-sans-arabic/files/noto-sans-arabic-latin-${weight}-normal.woff2`, ranges: latinOnArabicPages },
])

export function unicodeRange(ranges: Ranges): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0')
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',')
}

export function inRanges(ranges: Ranges, codePoint: number): boolean {
  return ranges.some(([a, b]) => codePoint >= a && codePoint <= b)
}

/** The file's name under public/fonts/ without its hash: its source's name, and whether it is a subset. */
export function fileStem(subset: FontSubset): string {
  return subset.source.split('/').pop()!.replace(/-normal\.woff2$/, subset.copy ? '' : '-subset')
}

/** The file's name under public/fonts/: its stem and a hash of its bytes, so it can be cached a year. */
export function fileName(subset: FontSubset, hash: string): string {
  return `${fileStem(subset)}.${hash.slice(0, 10)}.woff2`
}
