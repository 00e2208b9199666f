/** Lexical rich text as Payload stores it: a root node with children. */
export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}
export interface RichTextValue {
  root: LexicalNode
  [key: string]: unknown
}

export type UnitContent = { kind: 'text'; text: string } | { kind: 'richText'; value: RichTextValue }

export interface XliffNote {
  category: string
  text: string
}

export interface XliffUnit {
  /** Stable id, an XML NMTOKEN, e.g. `topics:12:adult.body`. */
  id: string
  /** Human-readable field path, e.g. `adult.body`. */
  name?: string
  /** Fingerprint of the Swedish source at export, to recognise a stale unit on import. */
  fingerprint: string
  notes: XliffNote[]
  source: UnitContent
  target?: UnitContent
  /** Where the unit starts in the file read (from the parser, in the one pass it makes). */
  line?: number
}

export interface XliffFile {
  id: string
  original?: string
  units: XliffUnit[]
}

export interface XliffDocument {
  srcLang: string
  trgLang: string
  files: XliffFile[]
}

export interface XliffProblem {
  message: string
  line?: number
  column?: number
  unitId?: string
}

/** A file that cannot be read: every problem found, each with its line where known. */
export class XliffError extends Error {
  constructor(public problems: XliffProblem[]) {
    const first = problems[0]
    super(
      problems.length === 1
        ? `${first.line ? `Line ${first.line}: ` : ''}${first.message}`
        : `${problems.length} problems in the file; the first: ${first.line ? `line ${first.line}: ` : ''}${first.message}`,
    )
    this.name = 'XliffError'
  }
}

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0'
/** The portal's own attributes on <unit> (allowed by XLIFF 2.0 as other-namespace attributes). */
export const FFF_NS = 'urn:fri-fran-vald:xliff'
