/**
 * Regenerate the demo brochure PDFs (src/seed/assets/brochures/<locale>.pdf) by printing the
 * brochure page of a running portal in Chromium: `npm start`, then
 * `npx tsx scripts/generate-brochure-pdfs.ts [http://localhost:3000]`.
 * The PDFs are committed, so a fresh install needs neither Chromium nor this script.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'

import { localeCodes } from '@/i18n/locales'
import { loadBrochure } from '@/seed'

const base = process.argv[2] ?? 'http://localhost:3000'
const out = path.resolve(import.meta.dirname, '../src/seed/assets/brochures')

async function main() {
  const brochure = loadBrochure()
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p))
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] })
  const page = await browser.newPage()
  fs.mkdirSync(out, { recursive: true })
  for (const locale of localeCodes) {
    const slug = brochure.locales[locale]?.slug ?? brochure.locales.sv!.slug
    await page.goto(`${base}/${locale}/broschyr/${encodeURIComponent(slug)}`)
    await page.emulateMedia({ media: 'print' })
    await page.pdf({ path: path.join(out, `${locale}.pdf`), format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' }, printBackground: true })
    console.log(`wrote ${locale}.pdf`)
  }
  await browser.close()
}

main().then(() => process.exit(0), (error) => {
  console.error(error)
  process.exit(1)
})
