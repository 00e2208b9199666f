/**
 * The XLIFF import under hostile sizes: a body without Content-Length is read only up to the limit,
 * and a file full of refused units is read once, not once per refused unit.
 */
import type { Payload, PayloadRequest } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { translationEndpoints } from '@/translations/endpoints'
import { importXliff, maxImportBytes } from '@/translations/exchange/import'

const editor = { id: 1, role: 'editor' }
const importHandler = translationEndpoints.find((e) => e.path === '/translations/import')!.handler

/** A body of `total` bytes sent in 64 KiB chunks with no Content-Length; counts what was pulled. */
function chunkedBody(total: number) {
  const counter = { pulled: 0 }
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close()
      counter.pulled += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return { stream, counter }
}

function importRequest(body: ReadableStream<Uint8Array>, contentType: string): PayloadRequest {
  const url = 'http://localhost/api/translations/import?locale=fi&dryRun=true'
  const request = new Request(url, { method: 'POST', body, headers: { 'content-type': contentType }, duplex: 'half' } as RequestInit)
  expect(request.headers.get('content-length')).toBeNull()
  return Object.assign(request, { user: editor, searchParams: new URL(url).searchParams, payload: {} }) as unknown as PayloadRequest
}

describe('a chunked upload larger than the limit', () => {
  for (const contentType of ['application/xliff+xml', 'multipart/form-data; boundary=x']) {
    it(`is refused with 413 once it passes 5 MiB, without reading the rest (${contentType.split(';')[0]})`, async () => {
      const { stream, counter } = chunkedBody(50 * 1024 * 1024)
      const response = await importHandler(importRequest(stream, contentType))
      expect(response.status).toBe(413)
      expect((await response.json()).message).toMatch(/larger than 5 MiB/)
      expect(counter.pulled).toBeGreaterThan(maxImportBytes)
      // Stopped within a chunk or two of the limit (plus a multipart form's allowance), not at 50 MiB.
      expect(counter.pulled).toBeLessThan(maxImportBytes + 256 * 1024)
    })
  }
})

describe('a file of refused units', () => {
  afterEach(() => vi.restoreAllMocks())

  it('reports each refused unit at its own line, with no rescan of the file per unit', async () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="fi">\n<file id="f">\n'
    const unit = (i: number) => `<unit id="topics:${i}:noSuchField">\n  <segment><source>Källa ${i}</source><target>Lähde ${i}</target></segment>\n</unit>\n`
    const units: string[] = []
    let size = head.length + 20
    for (let i = 1; size + unit(i).length < maxImportBytes; i++) {
      units.push(unit(i))
      size += Buffer.byteLength(unit(i))
    }
    const xml = `${head}${units.join('')}</file>\n</xliff>\n`
    expect(Buffer.byteLength(xml)).toBeGreaterThan(maxImportBytes - 1024)
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(maxImportBytes)

    // A scan of the whole file from a String method (how the line of a unit used to be found).
    const scans = [vi.spyOn(String.prototype, 'search'), vi.spyOn(String.prototype, 'split')]
    const report = await importXliff({} as Payload, { user: editor } as unknown as PayloadRequest, xml, 'fi', true)
    const wholeFileScans = scans.flatMap((s) => s.mock.contexts).filter((self) => String(self).length > maxImportBytes / 2).length
    vi.restoreAllMocks()

    expect(report.refused).toHaveLength(units.length)
    const lines = xml.split('\n')
    for (const [i, refused] of report.refused.entries()) {
      expect(refused.reason).toMatch(/Unknown field/)
      expect(refused.line).toBe(4 + 3 * i)
      expect(lines[refused.line! - 1]).toBe(`<unit id="${refused.unit}">`)
    }
    // Figure for the README: the number of refused units in 5 MiB, and the number of rescans.
    console.log(`${units.length} refused units in ${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(2)} MiB; whole-file scans: ${wholeFileScans}`)
    expect(wholeFileScans).toBe(0)
  }, 60_000)
})
