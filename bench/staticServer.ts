/**
 * The bench's baseline: a minimal static file server. It answers `/<name>` with the file
 * `<dir>/<name>` (saved copies of the app's pages), read from disk on every request, for any method.
 * Usage: tsx bench/staticServer.ts <dir> <port>
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const [dir, port] = process.argv.slice(2)
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.rsc': 'text/x-component' }

http
  .createServer((req, res) => {
    req.resume()
    const name = path.basename(decodeURIComponent((req.url ?? '/').split('?')[0]))
    fs.readFile(path.join(dir, name), (error, body) => {
      if (error) return res.writeHead(404).end('not found')
      res.writeHead(200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream', 'content-length': body.length }).end(body)
    })
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`static baseline on ${port}`))
