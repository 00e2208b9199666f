import http from 'node:http'

/**
 * The page's HTML as served to a browser that accepts compression (bytes of the body on the wire;
 * Chromium reports no size for the document itself). Used by the weight test and the bench.
 */
export function documentBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br, gzip, deflate' } }, (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => resolve(bytes))
      })
      .on('error', reject)
  })
}
