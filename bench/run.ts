/**
 * `npm run bench`: the site's speed, weight and scale, measured on this machine in one run, printed
 * as a table with the targets of issues #6, #12 and #14 and written to bench/results/latest.json.
 *
 * It builds the production app (into .next-bench), starts it on a throwaway PostgreSQL with the demo
 * content, and measures: throughput and latency of public pages against the same pages served as
 * static files and against an empty Next page (the framework's floor); the support directory with
 * varied filters; page weight against the empty page; Lighthouse; a load while an editor
 * publishes; the cold start of `npm start`; and editorial operations with 2,000 generated topics.
 *
 * With nginx installed, the pages are also measured through the edge (deploy/nginx/) in front of the
 * app, the load while publishing goes through it, and the app is stopped under load for
 * BENCH_OUTAGE_SECONDS while the edge serves what it has. With redis-server too, the directory is
 * measured through the edge with one and with two app instances (bench/severalInstances.ts).
 *
 * Settings (environment): BENCH_PORT (3200), BENCH_STATIC_PORT (3201), BENCH_EDGE_PORT (3202),
 * BENCH_PG_PORT (54389), BENCH_SECONDS (20 per page), BENCH_LOAD_SECONDS (120),
 * BENCH_OUTAGE_SECONDS (60), BENCH_CONNECTIONS (50), BENCH_TOPICS (2000), BENCH_REACH_SECONDS (15),
 * BENCH_REACH_RATE (1000 view requests a second; bench/reach.ts), BENCH_LIGHTHOUSE_RUNS (3, the
 * median is the figure), BENCH_FLOOR_ROUNDS (6 rounds of the floor and a page in turn). BENCH_ONLY=reach runs just that
 * part (on the fresh app, as in the whole run) and writes bench/results/reach.json instead.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIfNeeded, clearDataCache } from '../scripts/build'
import { nginxBinary, startEdge, type Edge } from '../scripts/nginx'
import { runScript } from '../scripts/runScript'
import { canonicalQuery } from '../src/supportServices/address'
import { createThrowawayDatabase } from '../tests/support/throwawayDatabase'

import { generateTopics, measureEditorial } from './editorial'
import { captureSearch, lighthouseMedian, load, pairedWithFloor, untilQuiet, pageWeights, type LoadResult, type Target } from './measure'
import { kb, table, type Row } from './report'
import { measureReach } from './reach'
import { measureSeveralInstances } from './severalInstances'

const port = process.env.BENCH_PORT ?? '3200'
const staticPort = process.env.BENCH_STATIC_PORT ?? '3201'
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 120)
const outageSeconds = Number(process.env.BENCH_OUTAGE_SECONDS ?? 60)
const edgePort = Number(process.env.BENCH_EDGE_PORT ?? 3202)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const topicCount = Number(process.env.BENCH_TOPICS ?? 2000)
const reachSeconds = Number(process.env.BENCH_REACH_SECONDS ?? 15)
const reachRate = Number(process.env.BENCH_REACH_RATE ?? 1000)
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3))
/** Rounds of the floor and a page in turn (pairedWithFloor), BENCH_SECONDS shared among them. */
const floorRounds = Math.max(2, Number(process.env.BENCH_FLOOR_ROUNDS ?? 6))
const onlyReach = process.env.BENCH_ONLY === 'reach'
const origin = `http://127.0.0.1:${port}`
const benchDir = path.resolve(import.meta.dirname)
const tmp = path.join(benchDir, 'tmp')
const node = process.execPath
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const nextBin = path.resolve('node_modules/next/dist/bin/next')

const log = (s: string) => console.log(`[bench] ${s}`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      if (res.ok) return
    } catch {
      // not up yet
    }
    await sleep(100)
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

function start(cmd: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const out = fs.openSync(logFile, 'a')
  return spawn(node, cmd, { env, stdio: ['ignore', out, out] })
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await Promise.race([exited, sleep(15_000)])
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers })
  if (!res.ok) throw new Error(`${url}: ${res.status}`)
  return res.text()
}

async function main() {
  fs.rmSync(tmp, { recursive: true, force: true })
  fs.mkdirSync(path.join(tmp, 'static'), { recursive: true })
  fs.mkdirSync(path.join(benchDir, 'results'), { recursive: true })
  const serverLog = path.join(tmp, 'server.log')
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((x) => +x.toFixed(2)) }
  log(`machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, Node ${machine.node}, load average ${machine.loadAverage.join(' ')}`)

  process.env.NEXT_DIST_DIR = '.next-bench'
  const db = await createThrowawayDatabase('bench', Number(process.env.BENCH_PG_PORT ?? 54389))
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: randomBytes(16).toString('hex'),
    SITE_URL: origin,
    PORT: port,
    ADMIN_EMAIL: 'bench-admin@example.org',
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  let app: ChildProcess | undefined
  let baseline: ChildProcess | undefined
  let edge: Edge | undefined
  const rows: Row[] = []
  let stoppedBy: string | undefined
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine, settings: { seconds, loadSeconds, connections, topicCount } }
  try {
    await runScript('scripts/setup-database.ts', { env })
    await buildIfNeeded(log)
    clearDataCache()
    app = start([nextBin, 'start', '-p', port], env, serverLog)
    await waitFor(`${origin}/sv`, 120_000)
    // Page views under load, first, on the fresh app (the counter's writes are the app's only ones then).
    const reach = await measureReach({ origin, databaseUrl: db.url, seconds: reachSeconds, rate: reachRate, flushSeconds: Number(process.env.REACH_FLUSH_SECONDS) || 10, log })
    results.reach = reach.results
    rows.push(...reach.rows)
    log(`reach: ${reach.results.viewsPerSecond} views/s answered, ${reach.results.writesPerSecond} rows written/s, ${reach.results.batches} batches`)

    if (!onlyReach) {
      if (nginxBinary()) edge = await startEdge({ port: edgePort, upstream: `127.0.0.1:${port}` })
      else log('nginx is not installed: nothing is measured through the edge')

      // The pages: home, a topic, the children's home, the support directory, a search; in sv and ar.
      const targets: Target[] = []
      for (const [locale, words] of [['sv', 'våld'], ['ar', 'العنف']]) {
        const home = await get(`${origin}/${locale}`)
        const topic = /<ul class="focus-areas"><li><a href="([^"]+)"/.exec(home)?.[1]
        if (!topic) throw new Error(`no topic link on /${locale}`)
        for (const [name, p] of [['home', `/${locale}`], ['topic', topic], ['children', `/${locale}/barn`], ['support', `/${locale}/stod`]]) {
          targets.push({ name: `${name} ${locale}`, url: origin + p })
        }
        targets.push(await captureSearch(origin, locale, words))
      }
      // The directory as a peak meets it: many readers, each with their own filters (canonical
      // addresses, as the form's redirect leads to them), in Swedish and Arabic.
      const combinations = ['sv', 'ar'].flatMap((locale) =>
        ['', 'who=subjected', 'who=worried', 'who=uses-violence&about=close-relationships', `language=${locale}`, 'group=children'].flatMap((who) =>
          ['', 'open=now', 'open=24h'].map((open) => `/${locale}/stod${canonicalQuery(new URLSearchParams(`${who}&${open}`))}`),
        ),
      )
      targets.push({ name: 'directory, varied filters', url: origin + combinations[0], requests: combinations.map((path) => ({ path })) })

      // Lighthouse before any load of ours, on a machine as quiet as this run makes it.
      const idle = await untilQuiet()
      log(`Lighthouse (mobile), ${lighthouseRuns} runs a page, the median (CPU ${Math.round(idle * 100)} % idle at the start)`)
      const lighthouse: Record<string, unknown> = {}
      // Next's own floor first: a page of plain text with only the framework's scripts. Its score is the
      // best any page of the site can reach in this run (the client runtime's cost on this host).
      try {
        const f = await lighthouseMedian(`${origin}/framework-floor/text`, lighthouseRuns)
        lighthouse['framework floor'] = f
        rows.push({ section: 'lighthouse', name: 'framework floor (Next page of plain text): performance', value: `${f.performance} (runs: ${f.runs.join(', ')}; host benchmarkIndex ${f.benchmarkIndex})`, target: 'reference' })
      } catch (error) {
        lighthouse['framework floor'] = { error: String(error) }
        rows.push({ section: 'lighthouse', name: 'framework floor', value: `did not run: ${String(error).slice(0, 80)}` })
      }
      // Issue #12's six pages: home and a topic in a Latin and an Arabic-script language, the directory, the children's home.
      const lighthousePages = ['home sv', 'home ar', 'topic sv', 'topic ar', 'support sv', 'children sv']
      for (const t of targets.filter((t) => lighthousePages.includes(t.name))) {
        try {
          const s = await lighthouseMedian(t.url, lighthouseRuns)
          lighthouse[t.name] = s
          rows.push(
            { section: 'lighthouse', name: `${t.name}: performance`, value: `${s.performance} (runs: ${s.runs.join(', ')}; host benchmarkIndex ${s.benchmarkIndex}${s.failedRuns.length ? `; ${s.failedRuns.length} did not complete: ${s.failedRuns.map((f) => f.split(':')[0]).join(', ')}` : ''})`, target: '≥ 95', pass: s.performance >= 95 },
            { section: '', name: `${t.name}: accessibility / best practices / SEO`, value: `${s.accessibility} / ${s.bestPractices} / ${s.seo}`, target: '100 / 100 / 100', pass: s.accessibility === 100 && s.bestPractices === 100 && s.seo === 100 },
            ...s.failedAudits.map((a) => ({ section: '', name: `${t.name}: below 100 because of`, value: a })),
          )
        } catch (error) {
          lighthouse[t.name] = { error: String(error) }
          rows.push({ section: 'lighthouse', name: t.name, value: `did not run: ${String(error).slice(0, 80)}`, pass: false })
        }
      }
      results.lighthouse = { idleAtStart: idle, runsPerPage: lighthouseRuns, ...lighthouse }

      // The static baseline: each page's answer saved to disk, served by a minimal file server.
      const staticTargets: Target[] = []
      for (const [i, t] of targets.entries()) {
        const res = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body ? new Uint8Array(t.body) : undefined })
        if (!res.ok) throw new Error(`${t.name}: ${res.status}`)
        const file = `${i}${t.method === 'POST' ? '.rsc' : '.html'}`
        fs.writeFileSync(path.join(tmp, 'static', file), Buffer.from(await res.arrayBuffer()))
        // Each of several addresses answered once, as after the first readers; the baseline serves one.
        for (const r of t.requests ?? []) await get(origin + r.path)
        const { requests: _several, ...one } = t
        staticTargets.push({ ...one, url: `http://127.0.0.1:${staticPort}/${file}` })
      }
      baseline = start([tsx, path.join(benchDir, 'staticServer.ts'), path.join(tmp, 'static'), staticPort], env, path.join(tmp, 'static.log'))
      await waitFor(staticTargets[0].url, 30_000)

      // The framework's floor: an empty Next page, in the same run. The app's own pages are judged
      // against it (Next itself caps any page at a few per cent of a static server), each in slices
      // alternating with the floor's (pairedWithFloor): on a shared machine the speed drifts (one page
      // answered 532 to 908 req/s in 5-second loads within three minutes), so a floor measured apart,
      // even just before and after, judged the drift as much as the page.
      const floorTarget = { name: 'empty Next page', url: `${origin}/framework-floor` }
      await load(floorTarget, connections, 2)
      const floors: LoadResult[] = []

      log(`throughput: ${targets.length} pages × (floor and app in ${floorRounds} alternating rounds, static${edge ? ', edge' : ''}) × ${seconds} s at ${connections} connections`)
      const throughput: Record<string, { app: LoadResult; static: LoadResult; ratio: number; floor: { requestsPerSecond: number; rounds: { floor: number; app: number }[] }; floorRatio: number; edge?: LoadResult; edgeRatio?: number }> = {}
      for (const [i, t] of targets.entries()) {
        // Warmed up as the floor is: the first seconds of a code path are its compiling, not its speed.
        await load(t, connections, 2)
        const paired = await pairedWithFloor(t, floorTarget, connections, seconds, floorRounds)
        const appResult = paired.app
        floors.push(paired.floor)
        const floor = { requestsPerSecond: paired.floor.requestsPerSecond, rounds: paired.rounds }
        const floorRatio = paired.ratio
        const staticResult = await load(staticTargets[i], connections, seconds)
        const ratio = +(appResult.requestsPerSecond / Math.max(1, staticResult.requestsPerSecond)).toFixed(3)
        throughput[t.name] = { app: appResult, static: staticResult, ratio, floor, floorRatio }
        log(`${t.name}: app ${appResult.requestsPerSecond} req/s p99 ${appResult.p99} ms, floor ${floor.requestsPerSecond} req/s in the same rounds (${Math.round(floorRatio * 100)} %), static ${staticResult.requestsPerSecond} req/s`)
        // Cached pages close to the floor; the directory (each combination cached) and search at half of it.
        // Through the edge: the public pages it caches (the search is a post and goes to the app).
        if (edge && t.method !== 'POST') {
          for (const r of t.requests ?? []) await get(edge.url + r.path)
          const edgeResult = await load({ ...t, url: edge.url + new URL(t.url).pathname + new URL(t.url).search }, connections, seconds)
          const edgeRatio = +(edgeResult.requestsPerSecond / Math.max(1, staticResult.requestsPerSecond)).toFixed(3)
          const wanted = /^(support|directory)/.test(t.name) ? 0.5 : 0.9
          Object.assign(throughput[t.name], { edge: edgeResult, edgeRatio })
          log(`${t.name}: edge ${edgeResult.requestsPerSecond} req/s p99 ${edgeResult.p99} ms`)
          rows.push(
            { section: 'edge', name: `${t.name}: req/s edge / static`, value: `${edgeResult.requestsPerSecond} / ${staticResult.requestsPerSecond} (${Math.round(edgeRatio * 100)} %)`, target: `≥ ${wanted * 100} %`, pass: edgeRatio >= wanted },
            { section: '', name: `${t.name}: p50 / p99 edge; errors`, value: `${edgeResult.p50} / ${edgeResult.p99} ms; ${edgeResult.errors}`, target: 'p99 < 30 ms; 0', pass: edgeResult.p99 < 30 && edgeResult.errors === 0 },
          )
        }
        rows.push(
          // Shown, not judged: issue #6 asked the app for half the static baseline; issue #12 found
          // Next itself caps a page far below that, so the edge in front is held to the static
          // baseline (≥ 90 %, above) and the app alone to the empty Next page (below).
          { section: 'throughput', name: `${t.name}: req/s app / static`, value: `${appResult.requestsPerSecond} / ${staticResult.requestsPerSecond} (${Math.round(ratio * 100)} %)`, target: '(edge ≥ 90 %; app against the floor)' },
          { section: '', name: `${t.name}: p50 / p99 app (static)`, value: `${appResult.p50} / ${appResult.p99} ms (${staticResult.p50} / ${staticResult.p99})`, target: 'p99 < 100 ms', pass: appResult.p99 < 100 },
          { section: '', name: `${t.name}: errors app / static`, value: `${appResult.errors} / ${staticResult.errors}`, target: '0', pass: appResult.errors === 0 },
        )
      }
      const floorRates = floors.map((f) => f.requestsPerSecond)
      const floorErrors = floors.reduce((sum, f) => sum + f.errors, 0)
      const floorP99 = Math.max(...floors.map((f) => f.p99))
      results.floor = { runs: floorRates, lowest: Math.min(...floorRates), highest: Math.max(...floorRates), p99: floorP99, errors: floorErrors }
      rows.push({ section: 'app vs floor', name: `empty Next page (floor; in ${floorRounds} rounds alternating with each page): req/s lowest–highest; p99; errors`, value: `${Math.min(...floorRates)}–${Math.max(...floorRates)}; ≤ ${floorP99} ms; ${floorErrors}`, target: '0 errors', pass: floorErrors === 0 })
      for (const t of targets) {
        const entry = throughput[t.name]
        const floorWanted = /^(home|topic|children) /.test(t.name) ? 0.8 : 0.5
        rows.push({ section: '', name: `${t.name}: req/s app / floor, same rounds (each round's requests)`, value: `${entry.app.requestsPerSecond} / ${entry.floor.requestsPerSecond}: ${Math.round(entry.floorRatio * 100)} % (${entry.floor.rounds.map((r) => `${r.app}/${r.floor}`).join(', ')})`, target: `≥ ${floorWanted * 100} %`, pass: entry.floorRatio >= floorWanted })
      }
      results.throughput = throughput
      await stop(baseline)

      log('page weight')
      const weightPaths = [...new Set([...targets.filter((t) => t.method !== 'POST' && !t.requests).map((t) => new URL(t.url).pathname), '/sv/sok', '/ar/sok', '/framework-floor'])]
      const weights = await pageWeights(origin, weightPaths)
      const floor = weights['/framework-floor']
      results.weight = weights
      rows.push({ section: 'weight', name: 'empty Next page (floor): all / JS', value: `${kb(floor.total)} / ${kb(floor.js)}` })
      for (const p of weightPaths.filter((p) => p !== '/framework-floor')) {
        const w = weights[p]
        const isTopic = /\/amne\//.test(p)
        rows.push({
          section: '',
          name: `${decodeURIComponent(p)}: all (HTML, CSS, JS, fonts)`,
          value: `${kb(w.total)} (${kb(w.html)}, ${kb(w.css)}, ${kb(w.js)}, ${kb(w.fonts)})`,
          ...(isTopic ? { target: '< 200 KB', pass: w.total < 200 * 1024 } : {}),
        })
        rows.push({ section: '', name: `${decodeURIComponent(p)}: JS beyond the floor`, value: kb(w.js - floor.js), target: '≤ 15 KB', pass: w.js - floor.js <= 15 * 1024 })
      }


      // An editor publishes while readers keep coming: nothing fails, and every change shows.
      const login = (await (await fetch(`${origin}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }) })).json()) as { token: string }
      const topicPath = new URL(targets.find((t) => t.name === 'topic sv')!.url).pathname
      const slug = decodeURIComponent(topicPath.split('/').pop()!)
      const topicId = ((await (await fetch(`${origin}/api/topics?locale=sv&where[slug][equals]=${encodeURIComponent(slug)}`, { headers: { Authorization: `JWT ${login.token}` } })).json()) as { docs: { id: number }[] }).docs[0].id
      // Readers come through the edge when there is one, as in production.
      const readers = edge?.url ?? origin
      log(`load with publishing: ${loadSeconds} s at ${connections} connections (${edge ? 'through the edge' : 'the app alone'})`)
      const mix = targets.filter((t) => t.method !== 'POST' && !t.requests).map((t) => ({ path: new URL(t.url).pathname }))
      let publishing = true
      const published = { changes: 0, appeared: 0, slowestMs: 0 }
      const publisher = (async () => {
        while (publishing) {
          const marker = `Uppdaterad ${Date.now()}`
          const res = await fetch(`${origin}/api/topics/${topicId}?locale=sv`, { method: 'PATCH', headers: { Authorization: `JWT ${login.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ adult: { summary: marker }, _status: 'published' }) })
          await res.arrayBuffer()
          if (!res.ok) continue
          published.changes += 1
          const since = Date.now()
          while (Date.now() - since < 15_000) {
            if ((await get(readers + topicPath)).includes(marker)) {
              published.appeared += 1
              published.slowestMs = Math.max(published.slowestMs, Date.now() - since)
              break
            }
            await sleep(250)
          }
          await sleep(3000)
        }
      })()
      const underLoad = await load({ url: readers, requests: mix }, connections, loadSeconds)
      publishing = false
      await publisher
      results.loadWhilePublishing = { ...underLoad, ...published }
      rows.push(
        { section: 'resilience', name: `${loadSeconds} s load at ${connections} connections: failed requests`, value: `${underLoad.errors} of ${underLoad.requests} (${underLoad.requestsPerSecond} req/s, p99 ${underLoad.p99} ms)`, target: '0', pass: underLoad.errors === 0 },
        { section: '', name: 'failed: connection errors / timeouts (10 s) / non-2xx', value: `${underLoad.connectionErrors} / ${underLoad.timeouts} / ${underLoad.non2xx}` },
        { section: '', name: `meanwhile published changes that appeared${edge ? ' through the edge' : ''}`, value: `${published.appeared} of ${published.changes} (slowest ${published.slowestMs} ms)`, target: 'all, ≤ 10 s', pass: published.changes > 0 && published.appeared === published.changes && published.slowestMs <= 10_000 },
      )

      // The app stops under load: the edge answers every page it has.
      await stop(app)
      app = undefined
      if (edge) {
        log(`app outage: ${outageSeconds} s at ${connections} connections through the edge, the app stopped`)
        const outage = await load({ url: edge.url, requests: mix }, connections, outageSeconds)
        results.outage = outage
        rows.push({ section: 'resilience', name: `${outageSeconds} s with the app stopped, through the edge: failed reads`, value: `${outage.errors} of ${outage.requests} (${outage.requestsPerSecond} req/s, p99 ${outage.p99} ms)`, target: '0', pass: outage.requests > 0 && outage.errors === 0 })
      }

      // Cold start: `npm start` with an existing database and build, until /sv answers 200.
      log('cold start')
      const began = performance.now()
      app = start([tsx, 'scripts/start.ts'], env, serverLog)
      await waitFor(`${origin}/sv`, 180_000)
      const coldStartMs = Math.round(performance.now() - began)
      results.coldStartMs = coldStartMs
      rows.push({ section: 'cold start', name: 'npm start → first 200 on /sv (existing database)', value: `${(coldStartMs / 1000).toFixed(1)} s` })

      log(`editorial scale: generating ${topicCount} topics × ${11} languages × 2 variants`)
      const first = await generateTopics(db.url, topicCount)
      // Captured again: the action's request belongs to this server process.
      const search = await captureSearch(origin, 'sv', 'våld')
      const editorial = await measureEditorial(origin, login.token, first, search)
      results.editorial = editorial
      const dash = editorial.translationDashboardMs
      rows.push(
        { section: 'scale', name: `translation dashboard (${topicCount} topics)`, value: typeof dash === 'number' ? `${dash} ms` : dash, target: '< 1 s', ...(typeof dash === 'number' ? { pass: dash < 1000 } : {}) },
        { section: '', name: 'topic save (admin REST API)', value: `${editorial.topicSaveMs} ms`, target: '< 300 ms', pass: editorial.topicSaveMs < 300 },
        { section: '', name: 'search', value: `${editorial.searchMs} ms`, target: '< 100 ms', pass: editorial.searchMs < 100 },
        { section: '', name: 'sitemap index: after a change / cached', value: `${editorial.sitemap.indexColdMs} / ${editorial.sitemap.indexWarmMs} ms`, target: '< 1 s', pass: editorial.sitemap.indexColdMs < 1000 },
        {
          section: '',
          name: `sitemap files (${editorial.sitemap.files}, ${editorial.sitemap.urls} addresses, at most ${editorial.sitemap.largestFileUrls} each): slowest after a change / cached`,
          value: `${editorial.sitemap.slowestFileColdMs} (${editorial.sitemap.slowestFile}) / ${editorial.sitemap.slowestFileWarmMs} ms`,
          target: '< 1 s each',
          pass: editorial.sitemap.files > 1 && editorial.sitemap.slowestFileColdMs < 1000,
        },
      )

      // Through the edge with one and with two app instances sharing Redis (bench/severalInstances.ts).
      const several = await measureSeveralInstances({ env, dir: tmp, connections, seconds, log })
      results.severalInstances = several.results
      rows.push(...several.rows)
    }
  } catch (error) {
    // Keep what was measured; say where it stopped.
    stoppedBy = error instanceof Error ? error.message : String(error)
    rows.push({ section: 'error', name: 'the bench stopped here', value: stoppedBy.slice(0, 160), pass: false })
    console.error(error)
  } finally {
    await stop(baseline)
    await edge?.stop()
    await stop(app)
    await db.dispose()
  }
  results.table = rows
  const written = path.join(benchDir, 'results', onlyReach ? 'reach.json' : 'latest.json')
  fs.writeFileSync(written, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nFri från våld bench, ${results.date as string}: ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpu}, Node ${machine.node}\n`)
  console.log(table(rows))
  console.log(`\nWritten to ${path.relative(process.cwd(), written)} (server log: bench/tmp/server.log)`)
  if (stoppedBy) process.exitCode = 1
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error('[bench] failed:', error instanceof Error ? error.stack : error)
    process.exit(1)
  },
)
