/**
 * A request's body, read as it arrives and abandoned once it passes `limit` bytes: undefined then.
 * A chunked body has no Content-Length to refuse it by, and must not be held in memory whole
 * before it is refused.
 */
export async function bodyWithin(body: ReadableStream<Uint8Array> | null | undefined, limit: number): Promise<Buffer | undefined> {
  if (!body) return Buffer.alloc(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}
