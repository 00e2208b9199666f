/**
 * Lexical rich text ↔ XLIFF 2.0 inline markup. Every element node becomes a <pc> (paired code)
 * and every void node (line break, tab, anything unknown without children) a <ph>, each pointing
 * into the unit's <originalData> where the node's own properties are kept as JSON. Translators
 * change only the text between the codes; converting back rebuilds the exact Lexical JSON.
 */
import type { Document, Element, Node } from '@xmldom/xmldom'

import type { LexicalNode, RichTextValue, XliffProblem } from './types'
import { XLIFF_NS } from './types'

const plainTextKeys = ['detail', 'format', 'mode', 'style', 'text', 'type', 'version']
/** A text node with nothing but default properties travels as bare text. */
function isPlainText(node: LexicalNode): boolean {
  const keys = Object.keys(node).sort()
  return (
    node.type === 'text' && keys.length === plainTextKeys.length && keys.every((k, i) => k === plainTextKeys[i]) &&
    node.detail === 0 && node.format === 0 && node.mode === 'normal' && node.style === '' && node.version === 1
  )
}

const plainText = (text: string): LexicalNode => ({ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 })

/** Nodes whose children are blocks: whitespace between their codes is layout, not text. */
const blockContainers = new Set(['root', 'list', 'table', 'tablerow', 'quote-container'])
const blocks = new Set(['root', 'paragraph', 'heading', 'list', 'listitem', 'quote', 'table', 'tablerow', 'tablecell', 'horizontalrule', 'upload', 'relationship', 'block'])

/** Standard XLIFF hints for the common formats, so that tools show bold as bold. */
function formatHint(format: unknown): string | undefined {
  if (typeof format !== 'number') return undefined
  if (format & 1) return 'xlf:b'
  if (format & 2) return 'xlf:i'
  if (format & 8) return 'xlf:u'
  return undefined
}

/**
 * A unit's original data, shared by its source and target: the same node properties get the same
 * data id, and a code in the target takes the id of the source's code for the same node, as XLIFF
 * wants. Codes the source lacks get new ids.
 */
export class OriginalData {
  /** data id → JSON of the node without its text or children */
  readonly entries = new Map<string, string>()
  private readonly byJson = new Map<string, string>()
  private readonly sourceIds = new Map<string, string[]>()
  private next = 0

  code(node: LexicalNode, omit: 'text' | 'children' | null, side: 'source' | 'target', used: Set<string>): { id: string; ref: string } {
    const json = JSON.stringify(Object.fromEntries(Object.entries(node).filter(([k]) => k !== omit)))
    let ref = this.byJson.get(json)
    if (!ref) {
      ref = `d${this.entries.size + 1}`
      this.entries.set(ref, json)
      this.byJson.set(json, ref)
    }
    const candidates = this.sourceIds.get(ref) ?? []
    let id = side === 'target' ? candidates.find((c) => !used.has(c)) : undefined
    if (!id) {
      this.next += 1
      id = String(this.next)
      if (side === 'source') this.sourceIds.set(ref, [...candidates, id])
    }
    used.add(id)
    return { id, ref }
  }
}

/** Append the inline markup of a rich-text value to `parent` (a <source> or <target>). */
export function richTextToInline(doc: Document, parent: Element, value: RichTextValue, data: OriginalData, side: 'source' | 'target') {
  const used = new Set<string>()
  const code = (node: LexicalNode, omit: 'text' | 'children' | null) => data.code(node, omit, side, used)
  const walk = (into: Element, node: LexicalNode) => {
    if (node.type === 'text' && typeof node.text === 'string') {
      if (isPlainText(node)) {
        into.appendChild(doc.createTextNode(node.text))
        return
      }
      const { id, ref } = code(node, 'text')
      const pc = doc.createElementNS(XLIFF_NS, 'pc')
      pc.setAttribute('id', id)
      pc.setAttribute('dataRefStart', ref)
      const hint = formatHint(node.format)
      if (hint) {
        pc.setAttribute('type', 'fmt')
        pc.setAttribute('subType', hint)
      }
      pc.appendChild(doc.createTextNode(node.text))
      into.appendChild(pc)
      return
    }
    if (Array.isArray(node.children)) {
      const { id, ref } = code(node, 'children')
      const pc = doc.createElementNS(XLIFF_NS, 'pc')
      pc.setAttribute('id', id)
      pc.setAttribute('dataRefStart', ref)
      pc.setAttribute('type', node.type === 'link' || node.type === 'autolink' ? 'link' : 'other')
      if (blocks.has(node.type)) {
        // Blocks keep the document's structure: tools must neither copy nor delete them.
        pc.setAttribute('canCopy', 'no')
        pc.setAttribute('canDelete', 'no')
      }
      for (const child of node.children) walk(pc, child)
      into.appendChild(pc)
      return
    }
    const { id, ref } = code(node, null)
    const ph = doc.createElementNS(XLIFF_NS, 'ph')
    ph.setAttribute('id', id)
    ph.setAttribute('dataRef', ref)
    into.appendChild(ph)
  }
  walk(parent, value.root)
}

const TEXT = 3
const CDATA = 4
const ELEMENT = 1

/**
 * Rebuild Lexical JSON from the inline markup of a <source> or <target> (the child nodes of all
 * its segments, in order). Problems (an unknown data reference, unsupported codes) are collected.
 */
export function inlineToRichText(nodes: Node[], data: Map<string, string>, unitId: string, problems: XliffProblem[]): RichTextValue | undefined {
  const parse = (el: Element, ref: string | null): LexicalNode | undefined => {
    if (!ref || !data.has(ref)) {
      problems.push({ unitId, line: lineOf(el), message: `Unit ${unitId}: <${el.localName} id="${el.getAttribute('id') ?? ''}"> refers to data "${ref ?? ''}", which the unit does not have.` })
      return undefined
    }
    try {
      return JSON.parse(data.get(ref)!) as LexicalNode
    } catch {
      problems.push({ unitId, line: lineOf(el), message: `Unit ${unitId}: the original data "${ref}" is not valid JSON.` })
      return undefined
    }
  }
  const children = (list: Node[], container: string): LexicalNode[] => {
    const out: LexicalNode[] = []
    const pushText = (text: string) => {
      const last = out[out.length - 1]
      if (last && isPlainText(last)) last.text = `${last.text}${text}`
      else out.push(plainText(text))
    }
    for (const n of list) {
      if (n.nodeType === TEXT || n.nodeType === CDATA) {
        const text = n.nodeValue ?? ''
        if (blockContainers.has(container) && text.trim() === '') continue
        pushText(text)
        continue
      }
      if (n.nodeType !== ELEMENT) continue
      const el = n as Element
      if (el.namespaceURI !== XLIFF_NS) continue // a tool's own markup
      if (el.localName === 'mrk') {
        // Annotations (terms, comments) wrap text; the text is what counts.
        out.push(...children(Array.from(el.childNodes), container))
        continue
      }
      if (el.localName === 'ph') {
        const node = parse(el, el.getAttribute('dataRef'))
        if (node) out.push(node)
        continue
      }
      if (el.localName === 'pc') {
        const node = parse(el, el.getAttribute('dataRefStart'))
        if (!node) continue
        if (node.type === 'text') out.push({ ...node, text: el.textContent ?? '' })
        else out.push({ ...node, children: children(Array.from(el.childNodes), node.type) })
        continue
      }
      problems.push({ unitId, line: lineOf(el), message: `Unit ${unitId}: <${el.localName}> is not supported here; keep the <pc> and <ph> codes of the source.` })
    }
    return out
  }
  const top = children(nodes, 'root')
  const root = top.find((n) => n.type === 'root')
  if (!root || top.some((n) => n !== root && !(n.type === 'text' && (n.text ?? '').trim() === ''))) {
    problems.push({ unitId, message: `Unit ${unitId}: the formatted text must stay inside its outermost code (<pc id="1">).` })
    return undefined
  }
  return { root }
}

export function lineOf(node: Node): number | undefined {
  return (node as unknown as { lineNumber?: number }).lineNumber
}
