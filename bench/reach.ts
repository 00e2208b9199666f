/**
 * Issue #14's load test: "1,000 page views a second cause no more than a few writes a second".
 * autocannon sends view requests (`POST /api/reach/view?p=…`, as /reach.js does) for real page
 * addresses of the demo content (topics in both variants, events, films, in several languages)
 * with a browser's User-Agent (robots are not counted), at BENCH_REACH_RATE requests a second for
 * BENCH_REACH_SECONDS. PostgreSQL's own statistics for page_views count the rows written (inserts
 * plus updates) from the start until the last batch has landed, and the stored real views must
 * be at least the answered requests (none lost).
 */
import autocannon from 'autocannon'
import pg from 'pg'

import type { Row } from './report'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const connections = 100
const browser = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'

/** Page addresses linked from a few public pages: the documents the counter maps. */
async function pagePaths(origin: string): Promise<string[]> {
  const found = new Set<string>()
  for (const list of ['/sv', '/ar', '/sv/barn', '/en/barn', '/sv/evenemang', '/ar/evenemang', '/so/evenemang', '/sv/film', '/fa/film']) {
    const html = await (await fetch(origin + list)).text()
    for (const [, href] of html.matchAll(/href="(\/[a-z]{2}\/(?:barn\/)?(?:amne|evenemang|film|broschyr)\/[^"/?#]+)"/g)) found.add(href)
  }
  // A realistic spread: two dozen pages are read at once (the rows a batch writes grow with them).
  return [...found].slice(0, 24)
}

interface Written {
  rows: number
  views: number
}

async function written(client: pg.Client): Promise<Written> {
  // The statistics are a snapshot per transaction: clear it so each reading is fresh.
  await client.query('SELECT pg_stat_clear_snapshot()')
  const stat = await client.query<{ rows: string }>("SELECT n_tup_ins + n_tup_upd AS rows FROM pg_stat_user_tables WHERE relname = 'page_views'")
  const views = await client.query<{ views: string | null }>('SELECT SUM(count) AS views FROM page_views WHERE NOT demo')
  return { rows: Number(stat.rows[0]?.rows ?? 0), views: Number(views.rows[0]?.views ?? 0) }
}

export async function measureReach(o: { origin: string; databaseUrl: string; seconds: number; rate: number; flushSeconds: number; log: (s: string) => void }) {
  const paths = await pagePaths(o.origin)
  if (paths.length < 5) throw new Error(`reach: only ${paths.length} page addresses found`)
  const client = new pg.Client({ connectionString: o.databaseUrl })
  await client.connect()
  try {
    // Let a batch from the page fetches above land first, so the window holds only the load's.
    await sleep((o.flushSeconds + 1) * 1000)
    const before = await written(client)
    o.log(`reach: ${o.rate} views/s for ${o.seconds} s over ${paths.length} page addresses`)
    const result = await autocannon({
      url: o.origin,
      connections,
      overallRate: o.rate,
      duration: o.seconds,
      timeout: 10,
      requests: paths.map((p) => ({ method: 'POST' as const, path: `/api/reach/view?p=${encodeURIComponent(p)}`, headers: { 'user-agent': browser } })),
    })
    const answered = result['2xx']
    // The last batch is written within one interval of the last view (the process's timer).
    let after = await written(client)
    const until = Date.now() + (o.flushSeconds * 2 + 5) * 1000
    while (after.views - before.views < answered && Date.now() < until) {
      await sleep(500)
      after = await written(client)
    }
    const rowsWritten = after.rows - before.rows
    const viewsStored = after.views - before.views
    const viewsPerSecond = Math.round(answered / o.seconds)
    // The load is offered at the rate asked and no faster, so "answered per second" sits just under
    // it by construction: the requests in flight when the window closes (one a connection at most)
    // are never answered. The server kept up when every other request offered was answered; one it
    // could not keep up with holds a connection back, and the answered fall further behind.
    // (autocannon's own `requests.sent` counts each connection's first second twice.)
    const offered = o.rate * o.seconds
    const keptUp = answered >= offered - connections
    const writesPerSecond = +(rowsWritten / o.seconds).toFixed(2)
    // Every page is read in every interval, so each batch (one statement) writes each page's row once.
    const batches = Math.ceil(rowsWritten / paths.length)
    const results = { seconds: o.seconds, rate: o.rate, pages: paths.length, requests: result.requests.total, offered, answered, errors: result.errors + result.timeouts + result.non2xx, viewsPerSecond, p99: result.latency.p99, rowsWritten, writesPerSecond, batches, viewsStored }
    const rows: Row[] = [
      {
        section: 'reach',
        name: `view requests answered of those offered at ${o.rate.toLocaleString('en')} a second (${paths.length} pages, ${o.seconds} s)`,
        value: `${answered.toLocaleString('en')} of ${offered.toLocaleString('en')}, ${viewsPerSecond} a second (p99 ${result.latency.p99} ms, ${results.errors} failed)`,
        target: `all but ≤ ${connections} in flight at the end; 0 failed`,
        pass: keptUp && results.errors === 0,
      },
      { section: '', name: 'page_views rows written per second (inserts + updates)', value: `${writesPerSecond} (${rowsWritten} in ${o.seconds} s)`, target: '≤ 5', pass: writesPerSecond <= 5 },
      { section: '', name: 'write statements (batches of one INSERT … ON CONFLICT)', value: `${batches} in ${o.seconds} s (${(batches / o.seconds).toFixed(2)}/s)`, target: `≤ 1 per ${o.flushSeconds} s + 1`, pass: batches <= Math.ceil(o.seconds / o.flushSeconds) + 1 },
      // A request the client gave up on (timeout, or in flight when the run ended) may still have been counted.
      { section: '', name: 'views stored / answered (+ unanswered)', value: `${viewsStored} / ${answered} (+ ${results.errors + connections})`, target: 'none lost', pass: viewsStored >= answered && viewsStored <= answered + results.errors + connections },
    ]
    return { results, rows }
  } finally {
    await client.end()
  }
}
