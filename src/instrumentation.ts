/**
 * Next calls this once when the server starts (not while building): refuse a weak secret (or, as
 * one of several instances, a shared value missing or differing from the running instances'), log a
 * database outage once instead of per failed request, answer what Next cannot before it
 * (site/beforeNext.ts), send a streamed answer's headers with its first chunk, start the jobs tick,
 * and write the page views gathered last when the server is stopped.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { secretProblems, secretRefusal, severalInstancesProblems, severalInstancesRefusal } = await import('./site/secrets')
  const problems = secretProblems()
  if (problems.length) {
    // `next start` run by hand skips the scripts' check; a thrown error here would only be logged.
    console.error(secretRefusal(problems))
    process.exit(1)
  }
  // A production start only: `next dev` is one developer's machine, whatever its .env says.
  const unshared = process.env.NODE_ENV === 'production' ? severalInstancesProblems() : []
  if (unshared.length) {
    console.error(severalInstancesRefusal(unshared))
    process.exit(1)
  }
  if (process.env.NODE_ENV === 'production' && process.env.REDIS_URL) {
    const { checkSameBuild } = await import('./sharedCache/sameBuild')
    const differing = await checkSameBuild()
    if (differing.length) {
      console.error(severalInstancesRefusal(differing))
      process.exit(1)
    }
  }
  const { installBeforeNext } = await import('./site/beforeNext')
  installBeforeNext()
  const { flushHeadersWithFirstChunk } = await import('./sharedCache/headersWithFirstChunk')
  flushHeadersWithFirstChunk()
  const { filterConsoleDuringOutages } = await import('./resilience/logFilter')
  filterConsoleDuringOutages()
  const { startTicker } = await import('./jobs/ticker')
  startTicker()
  // Write the last batch of page views when the server is stopped (see reach/shutdown.ts).
  const { flushViewsOnStop } = await import('./reach/shutdown')
  flushViewsOnStop()
}
