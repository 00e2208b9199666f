/**
 * The in-app worker of the single-machine setup: every JOBS_TICK_SECONDS (60) the server calls its
 * own tick endpoint. With several instances only one process ticks: the app instances run with
 * JOBS_TICK_SECONDS=0 and one `worker` (the same image and command, left out of the edge's
 * upstreams) keeps the default; or a cron calls the endpoint with JOBS_SECRET.
 */
import { tickSecret } from './secret'

let started = false

export function startTicker() {
  const seconds = Number(process.env.JOBS_TICK_SECONDS ?? 60)
  if (started || !(seconds > 0)) return
  started = true
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/jobs/tick`
  const tick = async () => {
    try {
      await fetch(url, { headers: { Authorization: `Bearer ${tickSecret()}` } })
    } catch {
      // The server is starting or stopping; the next tick tries again.
    }
  }
  setInterval(tick, seconds * 1000).unref()
  setTimeout(tick, 5000).unref()
}
