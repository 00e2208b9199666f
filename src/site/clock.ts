import fs from 'node:fs'

/**
 * The site's "now". Time-bound things (campaign banners, featured topics) read it instead of
 * `new Date()` so that tests can move time: when the test runner sets TEST_CLOCK_FILE, a file
 * holding an ISO instant stands in for the current time. Only the process environment can turn
 * this on; no request can. Without the variable, or with an empty file, it is the real time.
 */
export function now(): Date {
  const file = process.env.TEST_CLOCK_FILE
  if (!file) return new Date()
  let text = ''
  try {
    text = fs.readFileSync(file, 'utf8').trim()
  } catch {
    return new Date()
  }
  const fixed = text ? new Date(text) : undefined
  return fixed && !Number.isNaN(fixed.getTime()) ? fixed : new Date()
}
