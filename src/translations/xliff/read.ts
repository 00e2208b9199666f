import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom'

import { inlineToRichText, lineOf } from './inline'
import { FFF_NS, XLIFF_NS, XliffError, type UnitContent, type XliffDocument, type XliffFile, type XliffProblem, type XliffUnit } from './types'

const ELEMENT = 1
const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === ELEMENT && (n as Element).namespaceURI === XLIFF_NS && (n as Element).localName === name)

/**
 * Read an XLIFF 2.0 file. Every problem found is collected (with its line) and thrown together as
 * one XliffError; a file with any problem yields nothing, so that a bad file changes nothing.
 */
export function readXliff(input: string | Buffer, options: { maxBytes?: number } = {}): XliffDocument {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length
  if (size > maxBytes) throw new XliffError([{ message: `The file is ${Math.ceil(size / 1024)} KiB; at most ${Math.floor(maxBytes / 1024)} KiB is accepted.` }])
  const xml = (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, '')
  if (xml.trim() === '') throw new XliffError([{ message: 'The file is empty.' }])
  // No DTDs at all: no entity expansion, no external entities.
  const doctype = /<!DOCTYPE/i.exec(xml)
  if (doctype) throw new XliffError([{ message: 'The file has a DOCTYPE; XLIFF files never need one, and it is refused for safety.', line: xml.slice(0, doctype.index).split('\n').length }])

  const problems: XliffProblem[] = []
  let doc: Document
  try {
    doc = new DOMParser({
      onError: (level, message, context) => {
        if (level === 'warning') return
        const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator
        problems.push({ message: `Not well-formed XML: ${message.replace(/\s*\n[\s\S]*$/, '')}`, line: locator?.lineNumber, column: locator?.columnNumber })
        throw new Error(message)
      },
    }).parseFromString(xml, 'text/xml') as unknown as Document
  } catch (error) {
    if (!problems.length) {
      const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator
      problems.push({ message: `Not well-formed XML: ${(error as Error).message.split('\n')[0]}`, line: locator?.lineNumber, column: locator?.columnNumber })
    }
    throw new XliffError(problems)
  }

  const root = doc.documentElement
  if (!root || root.localName !== 'xliff') throw new XliffError([{ message: `This is not an XLIFF file (the root element is <${root?.localName ?? '?'}>).`, line: root ? lineOf(root) : undefined }])
  if (root.namespaceURI !== XLIFF_NS || !String(root.getAttribute('version')).startsWith('2.')) {
    const version = root.getAttribute('version') ?? 'unknown'
    throw new XliffError([{ message: `This is XLIFF ${version}; the portal reads XLIFF 2.0 (namespace ${XLIFF_NS}). Save the file as XLIFF 2.0 in your translation tool.`, line: lineOf(root) }])
  }
  const srcLang = root.getAttribute('srcLang') ?? ''
  const trgLang = root.getAttribute('trgLang') ?? ''
  if (!srcLang) problems.push({ message: 'The <xliff> element has no srcLang.', line: lineOf(root) })
  if (!trgLang) problems.push({ message: 'The <xliff> element has no trgLang: which language is this translation in?', line: lineOf(root) })

  const seen = new Set<string>()
  const files: XliffFile[] = []
  for (const fileEl of children(root, 'file')) {
    const file: XliffFile = { id: fileEl.getAttribute('id') ?? '', original: fileEl.getAttribute('original') ?? undefined, units: [] }
    const units = Array.from(fileEl.getElementsByTagNameNS(XLIFF_NS, 'unit'))
    for (const u of units) {
      const id = u.getAttribute('id') ?? ''
      if (!id) {
        problems.push({ message: 'A <unit> has no id.', line: lineOf(u) })
        continue
      }
      if (seen.has(id)) {
        problems.push({ message: `The unit id "${id}" appears twice.`, line: lineOf(u), unitId: id })
        continue
      }
      seen.add(id)
      const data = new Map<string, string>()
      for (const od of children(u, 'originalData')) for (const d of children(od, 'data')) data.set(d.getAttribute('id') ?? '', d.textContent ?? '')
      const kind = u.getAttributeNS(FFF_NS, 'kind') || (data.size ? 'richText' : 'text')
      const segments = children(u, 'segment')
      if (!segments.length) {
        problems.push({ message: `Unit ${id} has no <segment>.`, line: lineOf(u), unitId: id })
        continue
      }
      // Tools may split or join segments; the unit's text is all of them in order.
      const parts = Array.from(u.childNodes).filter(
        (n): n is Element => n.nodeType === ELEMENT && (n as Element).namespaceURI === XLIFF_NS && ['segment', 'ignorable'].includes((n as Element).localName ?? ''),
      )
      const nodesOf = (name: 'source' | 'target') => {
        const els = parts.flatMap((p) => children(p, name))
        return els.length ? els.flatMap((e) => Array.from(e.childNodes)) : undefined
      }
      const content = (nodes: Node[] | undefined): UnitContent | undefined => {
        if (!nodes) return undefined
        if (kind === 'text') return { kind: 'text', text: nodes.map((n) => n.textContent ?? '').join('') }
        const value = inlineToRichText(nodes, data, id, problems)
        return value ? { kind: 'richText', value } : undefined
      }
      const source = content(nodesOf('source'))
      if (!source) {
        if (kind === 'text') problems.push({ message: `Unit ${id} has no <source>.`, line: lineOf(u), unitId: id })
        continue
      }
      const unit: XliffUnit = {
        id,
        name: u.getAttribute('name') ?? undefined,
        fingerprint: u.getAttributeNS(FFF_NS, 'fingerprint') ?? '',
        notes: children(u, 'notes').flatMap((ns) => children(ns, 'note')).map((n) => ({ category: n.getAttribute('category') ?? '', text: n.textContent ?? '' })),
        source,
        target: content(nodesOf('target')),
        line: lineOf(u),
      }
      file.units.push(unit)
    }
    files.push(file)
  }
  if (!files.length) problems.push({ message: 'The file has no <file> element.', line: lineOf(root) })
  if (problems.length) throw new XliffError(problems)
  return { srcLang, trgLang, files }
}
