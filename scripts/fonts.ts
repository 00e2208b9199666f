/**
 * `npm run fonts`: makes the site's font files from @fontsource's (src/fonts/subsets.ts says which
 * characters each holds) with harfbuzz's subsetter, which keeps the Arabic joining forms and
 * ligatures of the characters kept. Writes public/fonts/*.woff2 (named by content, so they can be
 * cached a year), src/fonts/faces.css and src/fonts/files.ts. Run it after changing subsets.ts or
 * updating @fontsource; the output is committed, so a build needs nothing of this.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import subsetFont from 'subset-font'

import { fileName, fontSubsets, unicodeRange } from '../src/fonts/subsets'

const root = path.resolve(import.meta.dirname, '..')
const outDir = path.join(root, 'public/fonts')

function text(ranges: readonly (readonly [number, number])[]): string {
  let s = ''
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) s += String.fromCodePoint(c)
  return s
}

async function main() {
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.mkdirSync(outDir, { recursive: true })
  const faces: string[] = []
  const files: { family: string; weight: number; dir: string; url: string; fallback: boolean }[] = []
  // Fallbacks first: of faces of one family, a browser tries the last declared first.
  const ordered = [...fontSubsets.filter((s) => s.fallback), ...fontSubsets.filter((s) => !s.fallback)]
  for (const subset of ordered) {
    const source = fs.readFileSync(path.join(root, 'node_modules/@fontsource', subset.source))
    const bytes = subset.copy ? source : await subsetFont(source, text(subset.ranges), { targetFormat: 'woff2' })
    const name = fileName(subset, createHash('sha256').update(bytes).digest('hex'))
    fs.writeFileSync(path.join(outDir, name), bytes)
    const url = `/fonts/${name}`
    files.push({ family: subset.family, weight: subset.weight, dir: subset.dir, url, fallback: Boolean(subset.fallback) })
    faces.push(
      [
        '@font-face {',
        `  font-family: '${subset.family}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${subset.weight};`,
        `  src: url(${url}) format('woff2');`,
        `  unicode-range: ${unicodeRange(subset.ranges)};`,
        '}',
      ].join('\n'),
    )
    console.log(`${url}  ${bytes.length} bytes (from ${source.length})`)
  }
  const header = '/* Made by `npm run fonts` (scripts/fonts.ts) from src/fonts/subsets.ts: do not edit. */\n'
  fs.writeFileSync(
    path.join(root, 'src/fonts/faces.css'),
    `${header}${faces.join('\n\n')}\n`,
  )
  fs.writeFileSync(
    path.join(root, 'src/fonts/files.ts'),
    `${header.replace('/*', '//').replace(' */', '')}export const fontFiles = ${JSON.stringify(files, null, 2)} as const\n`,
  )
}

void main()
