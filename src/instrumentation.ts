/** Next calls this once when the server starts: start the jobs tick (not while building). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startTicker } = await import('./jobs/ticker')
  startTicker()
}
