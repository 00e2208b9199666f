import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom'

import { OriginalData, richTextToInline } from './inline'
import { FFF_NS, XLIFF_NS, type UnitContent, type XliffDocument } from './types'

const nmtoken = /^[A-Za-z0-9._:-]+$/

/**
 * Serialise an XLIFF 2.0 document (built as a DOM, so escaping is the XML library's job). Layout
 * whitespace goes only between structural elements, never inside <source>/<target>.
 */
export function writeXliff(xliff: XliffDocument): string {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null)
  const root = doc.documentElement!
  root.setAttribute('version', '2.0')
  root.setAttribute('srcLang', xliff.srcLang)
  root.setAttribute('trgLang', xliff.trgLang)
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:fff', FFF_NS)
  const el = (name: string) => doc.createElementNS(XLIFF_NS, name)
  const indent = (parent: Element, depth: number) => parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`))
  const add = (parent: Element, child: Element, depth: number) => {
    indent(parent, depth)
    parent.appendChild(child)
    return child
  }

  for (const file of xliff.files) {
    if (!nmtoken.test(file.id)) throw new Error(`File id "${file.id}" is not an XML NMTOKEN.`)
    const f = add(root, el('file'), 1)
    f.setAttribute('id', file.id)
    if (file.original) f.setAttribute('original', file.original)
    for (const unit of file.units) {
      if (!nmtoken.test(unit.id)) throw new Error(`Unit id "${unit.id}" is not an XML NMTOKEN.`)
      const u = add(f, el('unit'), 2)
      u.setAttribute('id', unit.id)
      if (unit.name) u.setAttribute('name', unit.name)
      u.setAttributeNS(FFF_NS, 'fff:fingerprint', unit.fingerprint)
      u.setAttributeNS(FFF_NS, 'fff:kind', unit.source.kind)
      if (unit.notes.length) {
        const notes = add(u, el('notes'), 3)
        for (const n of unit.notes) {
          const note = add(notes, el('note'), 4)
          note.setAttribute('category', n.category)
          note.appendChild(doc.createTextNode(n.text))
        }
        indent(notes, 3)
      }
      const data = new OriginalData()
      const segment = el('segment')
      segment.setAttribute('state', unit.target ? 'translated' : 'initial')
      const content = (name: 'source' | 'target', value: UnitContent) => {
        const c = el(name)
        c.setAttribute('xml:space', 'preserve')
        if (value.kind === 'text') c.appendChild(doc.createTextNode(value.text))
        else richTextToInline(doc, c, value.value, data, name)
        return c
      }
      const source = content('source', unit.source)
      const target = unit.target ? content('target', unit.target) : undefined
      if (data.entries.size) {
        const od = add(u, el('originalData'), 3)
        for (const [id, json] of data.entries) {
          const d = add(od, el('data'), 4)
          d.setAttribute('id', id)
          d.appendChild(doc.createTextNode(json))
        }
        indent(od, 3)
      }
      add(u, segment, 3)
      add(segment, source, 4)
      if (target) add(segment, target, 4)
      indent(segment, 3)
      indent(u, 2)
    }
    indent(f, 1)
  }
  indent(root, 0)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}
