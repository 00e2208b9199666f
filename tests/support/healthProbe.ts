/**
 * Asks the health route once, in a process of its own (its database is the one in DATABASE_URL),
 * and prints the answer's status and headers as JSON: tests/integration/health.test.ts.
 */
import { GET } from '@/app/(payload)/api/health/route'

const response = await GET()
console.log(JSON.stringify({ status: response.status, headers: Object.fromEntries(response.headers), body: await response.json() }))
process.exit(0)
