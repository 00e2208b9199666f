/**
 * The secrets the portal signs with. A short one can be guessed offline from any signed token, so
 * the server and the scripts refuse to start with one rather than run weakly.
 */
export const MIN_SECRET_LENGTH = 32

/** What is wrong with the secrets in this environment, one sentence each; empty when all is well. */
export function secretProblems(env: Record<string, string | undefined> = process.env): string[] {
  const problems: string[] = []
  const payloadSecret = env.PAYLOAD_SECRET ?? ''
  if (payloadSecret.length < MIN_SECRET_LENGTH) {
    problems.push(
      payloadSecret
        ? `PAYLOAD_SECRET is ${payloadSecret.length} characters long; it must have at least ${MIN_SECRET_LENGTH}.`
        : 'PAYLOAD_SECRET is empty.',
    )
  }
  // Unset is fine: the tick secret is then derived from PAYLOAD_SECRET (src/jobs/secret.ts).
  const jobsSecret = env.JOBS_SECRET
  if (jobsSecret && jobsSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`JOBS_SECRET is ${jobsSecret.length} characters long; it must have at least ${MIN_SECRET_LENGTH} (or leave it unset).`)
  }
  return problems
}

/** The refusal to start, as a message for the console. */
export function secretRefusal(problems: string[]): string {
  return [
    'The portal will not start with a weak secret:',
    ...problems.map((p) => `  - ${p}`),
    'Make one with `openssl rand -hex 32` (or unset PAYLOAD_SECRET to use the one generated in .data/payload-secret).',
  ].join('\n')
}

/**
 * With REDIS_URL the portal runs as several instances behind one edge (README: Several servers).
 * A reader's requests land on any of them, so each must hold the same values, and they must be
 * set by the operator: a value an instance makes up for itself differs from the others'.
 */
export const sharedByEveryInstance = {
  PAYLOAD_SECRET: 'signs staff sessions and the jobs tick: a session made on one instance must be valid on the next',
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'encrypts the server actions’ closed-over values: a form rendered by one instance is posted to another',
  NEXT_DEPLOYMENT_ID: 'names the build: Next refuses a client’s request for another build’s files instead of answering with the wrong ones; Next reads it when the app is built, so set it for the build as well as for the start',
} as const

/** What several instances lack to run as one site; empty without REDIS_URL (one machine). */
export function severalInstancesProblems(env: Record<string, string | undefined> = process.env): string[] {
  if (!env.REDIS_URL) return []
  const problems = Object.entries(sharedByEveryInstance)
    .filter(([name]) => !env[name])
    .map(([name, why]) => `${name} is not set; every instance needs the same one (it ${why}).`)
  const key = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
  if (key && ![16, 24, 32].includes(Buffer.from(key, 'base64').length)) {
    problems.push('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be an AES key in base64 (make one with `openssl rand -base64 32`).')
  }
  return problems
}

/** The refusal to start one of several instances, as a message for the console. */
export function severalInstancesRefusal(problems: string[]): string {
  return [
    'REDIS_URL is set, so this is one of several instances, but it would not agree with the others:',
    ...problems.map((p) => `  - ${p}`),
    'Set them once for every instance and the worker (README: Several servers). After changing one for all of',
    'them at once, the running instances\' record of the old one expires 90 s after the last of them stopped.',
  ].join('\n')
}
