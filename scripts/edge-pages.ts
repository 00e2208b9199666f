/**
 * `tsx scripts/edge-pages.ts <dir>`: the edge's calm pages and header snippet (src/edge/pages.ts),
 * for an nginx that serves them alone (the Docker edge image; scripts/nginx.ts makes its own).
 */
import path from 'node:path'

import { writeEdgePages } from '@/edge/pages'

const dir = path.resolve(process.argv[2] ?? '.edge/pages')
writeEdgePages(dir)
console.log(`The edge's calm pages are in ${dir}`)
