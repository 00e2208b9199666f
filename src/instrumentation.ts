/**
 * Next calls this once when the server starts: log a database outage once instead of per failed
 * request, and start the jobs tick (not while building).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { filterConsoleDuringOutages } = await import('./resilience/logFilter')
  filterConsoleDuringOutages()
  const { startTicker } = await import('./jobs/ticker')
  startTicker()
}
