import fs from 'node:fs/promises'

export type Mp4Shape = 'ok' | 'noMoov' | 'broken'

/**
 * The top-level boxes of an MP4 file, read from their 8- or 16-byte headers only (never the whole
 * file): a playable file has a `moov` box (the index of its samples), and its boxes fill the file
 * exactly. A recording cut short, or an upload that stopped, has no `moov` or a box past the end.
 */
export async function mp4Shape(read: (position: number, length: number) => Promise<Buffer>, size: number): Promise<Mp4Shape> {
  let position = 0
  let moov = false
  for (let boxes = 0; position < size; boxes++) {
    if (boxes > 10_000 || size - position < 8) return 'broken'
    const header = await read(position, Math.min(16, size - position))
    const size32 = header.readUInt32BE(0)
    const type = header.toString('latin1', 4, 8)
    let boxSize = size32
    if (size32 === 1) {
      if (header.length < 16) return 'broken'
      boxSize = Number(header.readBigUInt64BE(8))
    } else if (size32 === 0) {
      boxSize = size - position
    }
    if (boxSize < 8 || position + boxSize > size) return moov ? 'broken' : 'noMoov'
    if (type === 'moov') moov = true
    position += boxSize
  }
  return moov ? 'ok' : 'noMoov'
}

/** The shape of an uploaded MP4, from its temporary file or its bytes in memory. */
export async function mp4ShapeOf(file: { tempFilePath?: string; data?: Buffer; size: number }): Promise<Mp4Shape> {
  if (file.tempFilePath && !(file.data && file.data.length)) {
    const handle = await fs.open(file.tempFilePath, 'r')
    try {
      const { size } = await handle.stat()
      return await mp4Shape(async (position, length) => {
        const buffer = Buffer.alloc(length)
        const { bytesRead } = await handle.read(buffer, 0, length, position)
        return buffer.subarray(0, bytesRead)
      }, size)
    } finally {
      await handle.close()
    }
  }
  const data = file.data ?? Buffer.alloc(0)
  return mp4Shape(async (position, length) => data.subarray(position, position + length), data.length)
}
