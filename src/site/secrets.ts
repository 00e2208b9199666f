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
