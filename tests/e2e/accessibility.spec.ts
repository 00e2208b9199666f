/** axe-core with the WCAG 2.1 A and AA rules on every page type, in every language. */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { locales } from './support'

const pageTypes = ['', '/barn', '/vem/subjected', '/stod', '/sok', '/saker-surfning', '/tillganglighet', '/kontakt', '/ingen-sadan-sida']

for (const { code } of locales) {
  test(`${code}: no axe violations on any page type`, async ({ page }) => {
    test.setTimeout(120_000)
    const topics: string[] = []
    await page.goto(`/${code}`)
    topics.push(await page.locator('.focus-areas a').first().getAttribute('href') as string)
    await page.goto(`/${code}/barn`)
    topics.push(await page.locator('.topic-list a').first().getAttribute('href') as string)
    await page.goto(`/${code}`)
    const brochure = await page.locator('a[href*="/broschyr/"]').getAttribute('href')
    for (const path of [...pageTypes.map((p) => `/${code}${p}`), ...topics, brochure!]) {
      await page.goto(path)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([])
    }
  })
}
