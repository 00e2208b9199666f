/**
 * The directory's filters and the values each may take, and the routes by which Next serves a
 * filtered address from its cached page without running the proxy (`rewrites` in next.config.ts).
 * Relative imports only: next.config.ts loads this file.
 */
import { focusAreas, groups, readers } from '../content/taxonomy'
import { localeCodes } from '../i18n/locales'

export const filterNames = ['who', 'about', 'group', 'language', 'open'] as const
export type FilterName = (typeof filterNames)[number]

export const filterValues: Record<FilterName, readonly string[]> = {
  who: readers.map((r) => r.value),
  about: focusAreas.map((a) => a.value),
  group: groups.map((g) => g.value),
  language: localeCodes,
  open: ['now', '24h'],
}

/** Joins a cached page's key (`who-worried~open-24h`): not a word character, so Next's routes can write it. */
export const keySeparator = '~'

type Condition = { type: 'query'; key: string; value?: string }

/**
 * A rewrite of `/{locale}/stod?…` to the page cached for its filters, for each set of filters but
 * "open now" (whose page changes with the clock: the proxy picks it, src/proxy.ts). A filter left
 * empty, as the form sends it, counts as absent, and the order and any other parameter do not
 * matter, so the form's own address is served as it is. A known filter with an unknown value matches
 * no rewrite: the proxy runs for it (its matcher) and redirects to the address without it.
 */
export function directoryRewrites() {
  const chosen = ['who', 'about', 'group', 'language'] as const
  const rules = []
  for (let set = 0; set < 1 << chosen.length; set++) {
    for (const open of [undefined, '24h']) {
      const names = chosen.filter((_, i) => set & (1 << i))
      const has: Condition[] = names.map((name) => ({ type: 'query', key: name, value: `(?<${name}>${filterValues[name].join('|')})` }))
      const missing: Condition[] = chosen.filter((name) => !names.includes(name)).map((name) => ({ type: 'query', key: name }))
      if (open) has.push({ type: 'query', key: 'open', value: open })
      else missing.push({ type: 'query', key: 'open' })
      const key = [...names.map((name) => `${name}-:${name}`), ...(open ? [`open-${open}`] : [])].join(keySeparator) || 'alla'
      rules.push({ source: `/:locale(${localeCodes.join('|')})/stod`, has, missing, destination: `/:locale/stod/${key}` })
    }
  }
  return rules
}
