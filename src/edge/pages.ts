/**
 * What the edge serves by itself, made at build from the app's own sources so it never drifts:
 * the calm "try again / call 112" page in every language (the app's own, with the numbers from the
 * helplines file) and the public pages' security headers as nginx `add_header` lines.
 */
import fs from 'node:fs'
import path from 'node:path'

import { localeCodes } from '../i18n/locales'
import { unavailableHtml } from '../resilience/unavailablePage'
import { loadHelplines } from '../seed/helplines'
import { commonSecurityHeaders, publicContentSecurityPolicy } from '../site/security'

export function securityHeaderLines(): string {
  const headers = [...commonSecurityHeaders, { key: 'Content-Security-Policy', value: publicContentSecurityPolicy(false) }]
  return headers.map((h) => `add_header ${h.key} "${h.value.replace(/["\\]/g, '\\$&')}" always;`).join('\n') + '\n'
}

/** Writes `unavailable/<locale>.html` and `security-headers.conf` into `dir`. */
export function writeEdgePages(dir: string) {
  const helplines = loadHelplines()
  fs.mkdirSync(path.join(dir, 'unavailable'), { recursive: true })
  for (const locale of localeCodes) {
    fs.writeFileSync(path.join(dir, 'unavailable', `${locale}.html`), unavailableHtml(locale, undefined, helplines))
  }
  fs.writeFileSync(path.join(dir, 'security-headers.conf'), securityHeaderLines())
}
