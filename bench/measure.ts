/** The bench's measurements of the running app: load, page weight, Lighthouse. */
import os from 'node:os'

import autocannon from 'autocannon'
import { chromium } from '@playwright/test'
import { documentBytes } from '../tests/support/documentBytes'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface Target {
  name: string
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: Buffer
  /** Several addresses on url's host, asked for in turn (autocannon's `requests`). */
  requests?: { path: string }[]
}

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p99: number
  requests: number
  /** Failed requests: connection errors + timeouts + non-2xx answers (each also given apart). */
  errors: number
  connectionErrors: number
  timeouts: number
  non2xx: number
}

/**
 * Each connection is opened anew every this many requests. The edge ends a connection after
 * `keepalive_requests` (10,000, scripts/nginx.ts) with `Connection: close`, which a browser reads
 * and autocannon does not: it writes its next request at once, and if that meets the closing socket
 * it counts a connection error (1 of 606,644 reads in the outage run of 2026-12-01 09:03).
 */
const requestsPerConnection = 5000

/** autocannon at `connections` for `seconds`; errors are failed connections, timeouts and non-2xx answers. */
export async function load(target: LoadTarget, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon(loadOptions(target, connections, seconds))
  return loadResult(result, result.requests.average)
}

type LoadTarget = Target | { url: string; requests: { path: string }[] }

const loadOptions = (target: LoadTarget, connections: number, seconds: number) =>
  ({ ...target, connections, duration: seconds, timeout: 10, reconnectRate: requestsPerConnection }) as autocannon.Options

function loadResult(result: autocannon.Result, requestsPerSecond: number): LoadResult {
  return {
    requestsPerSecond: Math.round(requestsPerSecond),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}

/** autocannon's own merge of runs made with `skipAggregateResult` (their latency histograms too). */
const aggregate = (autocannon as unknown as { aggregateResult: (results: unknown[], opts: autocannon.Options) => autocannon.Result }).aggregateResult

/** One more request to `target`, answered: the server has answered what was asked before it. */
async function answered(target: Target): Promise<void> {
  const response = await fetch(target.requests ? new URL(target.requests[0].path, target.url) : target.url, {
    method: target.method,
    headers: target.headers,
    body: target.body ? new Uint8Array(target.body) : undefined,
  })
  await response.arrayBuffer()
}

export interface PairedLoad {
  /** The page's slices together, as one load (latencies from their merged histograms). */
  app: LoadResult
  floor: LoadResult
  /** Requests answered in each round's slices, in the order measured. */
  rounds: { floor: number; app: number }[]
  /** The page's requests over the floor's, from slices of the same length. */
  ratio: number
}

/** Slices of one target measured apart, as if one load of `seconds`: autocannon merges their histograms. */
function together(target: LoadTarget, connections: number, slices: unknown[], seconds: number): LoadResult {
  const merged = aggregate(slices, loadOptions(target, connections, seconds))
  return loadResult(merged, merged.requests.total / seconds)
}

/**
 * A page against the framework's floor on a machine whose speed drifts (a shared host's moved by
 * half within minutes): both are loaded in alternating slices of one length, so a drift weighs on
 * both alike and the ratio compares the page with the floor of the same moments. The order is page,
 * floor, floor, page, page, floor… in an even number of rounds, after the page's own warm-up, so
 * each follows the other equally often. A slice ends with requests still in flight; the next one
 * starts once the server has answered them (one more request, answered after them), or its first
 * requests would wait behind them (p99 over a second between back-to-back slices, tried).
 * `seconds` each in all.
 */
export async function pairedWithFloor(page: Target, floor: Target, connections: number, seconds: number, rounds: number): Promise<PairedLoad> {
  const even = Math.max(2, rounds + (rounds % 2))
  const slice = seconds / even
  const slices = { app: [] as unknown[], floor: [] as unknown[] }
  const counts: { floor: number; app: number }[] = []
  for (let r = 0; r < even; r++) {
    const order = r % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const)
    const round = { floor: 0, app: 0 }
    for (const which of order) {
      const target = which === 'app' ? page : floor
      const result = await autocannon({ ...loadOptions(target, connections, slice), skipAggregateResult: true })
      await answered(target)
      slices[which].push(result)
      round[which] = (result as unknown as { totalCompletedRequests: number }).totalCompletedRequests
    }
    counts.push(round)
  }
  const app = together(page, connections, slices.app, seconds)
  const floorResult = together(floor, connections, slices.floor, seconds)
  return { app, floor: floorResult, rounds: counts, ratio: +(app.requests / Math.max(1, floorResult.requests)).toFixed(3) }
}

export interface Weight {
  total: number
  html: number
  css: number
  js: number
  fonts: number
  other: number
}

/**
 * What a first visit downloads, compressed as served (bytes on the wire, without headers). The
 * browser reports no size for the document itself, so that is fetched apart, the way it asks for it.
 */
export async function pageWeights(origin: string, paths: string[]): Promise<Record<string, Weight>> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-background-networking'] })
  const out: Record<string, Weight> = {}
  try {
    for (const path of paths) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const responses: Promise<{ type: string; bytes: number }>[] = []
      page.on('requestfinished', (req) => responses.push(req.sizes().then((s) => ({ type: req.resourceType(), bytes: s.responseBodySize }))))
      await page.goto(origin + path, { waitUntil: 'networkidle' })
      const w: Weight = { total: 0, html: 0, css: 0, js: 0, fonts: 0, other: 0 }
      for (const { type, bytes } of await Promise.all(responses)) {
        if (type === 'document') continue
        const key = type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'fonts' : 'other'
        w[key] += Math.max(0, bytes)
      }
      w.html = await documentBytes(origin + path)
      w.total = w.html + w.css + w.js + w.fonts
      out[path] = w
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return out
}

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  failedAudits: string[]
  /**
   * Lighthouse's own measure of the host's CPU speed (`environment.benchmarkIndex`): its mobile
   * throttling slows the host down by a fixed factor, so on a slower host the same page scores lower.
   * For a median, the mean of its runs'.
   */
  benchmarkIndex: number
  /** The performance metrics' own scores (0–100), so a lower figure says which one fell. */
  metrics: Record<string, number>
}

/**
 * Lighthouse's performance score varies from run to run on one machine (other processes, timers,
 * the simulated throttling of what it observed); Lighthouse's own guidance on variability is to run
 * it several times and take the median. So: `runs` completed runs, the median performance, and for
 * the other categories the worst run (they do not vary; a drop in any run is a fault). Every run is
 * kept. A run Lighthouse itself could not complete (its runtimeError: the page did not paint in
 * time, the browser's connection dropped) measured nothing and scores null in every category: it is
 * named in `failedRuns` with its reason and another run is made in its place, at most `runs` more.
 */
export async function lighthouseMedian(url: string, runs: number): Promise<Omit<LighthouseScores, 'metrics'> & { runs: number[]; failedRuns: string[]; metrics: Record<string, number>[] }> {
  const all: LighthouseScores[] = []
  const failedRuns: string[] = []
  while (all.length < runs && failedRuns.length < runs) {
    const run = await lighthouseScores(url)
    if ('runtimeError' in run) failedRuns.push(run.runtimeError)
    else all.push(run)
  }
  if (!all.length) throw new Error(`no Lighthouse run completed: ${failedRuns.join('; ')}`)
  const performances = all.map((s) => s.performance)
  const sorted = [...performances].sort((a, b) => a - b)
  const worst = (k: 'accessibility' | 'bestPractices' | 'seo') => Math.min(...all.map((s) => s[k]))
  return {
    performance: sorted[Math.floor((sorted.length - 1) / 2)],
    accessibility: worst('accessibility'),
    bestPractices: worst('bestPractices'),
    seo: worst('seo'),
    failedAudits: [...new Set(all.flatMap((s) => s.failedAudits))],
    benchmarkIndex: Math.round(all.reduce((a, s) => a + s.benchmarkIndex, 0) / all.length),
    metrics: all.map((s) => s.metrics),
    runs: performances,
    failedRuns,
  }
}

/** The share of the machine's CPU time spent idle over `ms` (all cores). */
async function idleShare(ms: number): Promise<number> {
  const sum = () => os.cpus().reduce((a, c) => ({ idle: a.idle + c.times.idle, all: a.all + Object.values(c.times).reduce((x, y) => x + y, 0) }), { idle: 0, all: 0 })
  const before = sum()
  await new Promise((resolve) => setTimeout(resolve, ms))
  const after = sum()
  return (after.idle - before.idle) / Math.max(1, after.all - before.all)
}

/**
 * Until the machine is mostly idle (the app's batched writes and the database's own work after a
 * load have settled), at most `limitMs`. Returns the idle share seen last, for the record.
 */
export async function untilQuiet(wantedIdle = 0.8, limitMs = 60_000): Promise<number> {
  const until = Date.now() + limitMs
  let idle = await idleShare(2000)
  while (idle < wantedIdle && Date.now() < until) idle = await idleShare(2000)
  return +idle.toFixed(2)
}

/** Lighthouse 12.8 with its default (mobile) settings, in Debian's Chromium. */
export async function lighthouseScores(url: string): Promise<LighthouseScores | { runtimeError: string }> {
  const { launch } = await import('chrome-launcher')
  const { default: lighthouse } = await import('lighthouse')
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'], logLevel: 'silent' })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    const failure = result!.lhr.runtimeError
    if (failure) return { runtimeError: `${failure.code}: ${failure.message}`.slice(0, 200) }
    const c = result!.lhr.categories
    const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100)
    // What keeps a category below 100, so the figure says what to fix.
    const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((k) =>
      (c[k]?.auditRefs ?? []).filter((a) => a.weight > 0 && (result!.lhr.audits[a.id]?.score ?? 1) < 1).map((a) => `${k}: ${a.id}`),
    )
    const metrics = Object.fromEntries(
      (c.performance?.auditRefs ?? []).filter((a) => a.weight > 0).map((a) => [a.id, Math.round((result!.lhr.audits[a.id]?.score ?? 0) * 100)]),
    )
    const benchmarkIndex = Math.round(result!.lhr.environment.benchmarkIndex)
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failedAudits, benchmarkIndex, metrics }
  } finally {
    chrome.kill()
  }
}

/**
 * The request the search form makes with JavaScript (`POST /api/search`), captured from the browser,
 * so the bench can send exactly that.
 */
export async function captureSearch(origin: string, locale: string, words: string): Promise<Target> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] })
  try {
    const page = await browser.newPage()
    await page.goto(`${origin}/${locale}/sok`)
    await page.locator('#q').fill(words)
    const [req] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.locator('.search-form button[type="submit"]').click()])
    await page.locator('.search-results li').first().waitFor()
    // Without accept-encoding, like every other load of the bench (autocannon asks for no encoding):
    // the app's answers are judged uncompressed, the floor's too.
    const headers = Object.fromEntries(Object.entries(await req.allHeaders()).filter(([k]) => !k.startsWith(':') && !['cookie', 'content-length', 'host', 'connection', 'accept-encoding'].includes(k)))
    return { name: `search ${locale}`, url: req.url(), method: 'POST', headers, body: req.postDataBuffer() ?? Buffer.alloc(0) }
  } finally {
    await browser.close()
  }
}
