/** XLIFF 2.0 writing and reading: exact rich-text round trips, what translation tools do to files, bad files. */
import { describe, expect, it } from 'vitest'

import { readXliff, writeXliff, XliffError, type RichTextValue, type XliffDocument } from '@/translations/xliff'
import type { LexicalNode } from '@/translations/xliff/types'

const text = (t: string, format = 0, extra: Record<string, unknown> = {}) => ({ detail: 0, format, mode: 'normal', style: '', text: t, type: 'text', version: 1, ...extra })
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}): LexicalNode => ({ children: children as LexicalNode[], direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra })

const corpus: RichTextValue = {
  root: el('root', [
    el('heading', [text('Vad är våld?')], { tag: 'h2' }),
    el('paragraph', [text('Det är '), text('aldrig', 1), text(' ditt '), text('fel', 3), text('.')], { textFormat: 0, textStyle: '' }),
    el('list', [
      el('listitem', [text('Ring '), text('112', 1), text(' vid fara')], { value: 1 }),
      el('listitem', [el('list', [el('listitem', [text('Inre punkt', 2)], { value: 1 })], { listType: 'number', start: 1, tag: 'ol' })], { value: 2 }),
    ], { listType: 'bullet', start: 1, tag: 'ul' }),
    el('paragraph', [el('link', [text('Läs mer hos 1177')], { fields: { url: 'https://www.1177.se/?a=1&b=2', newTab: true, linkType: 'custom' }, id: 'x1' }), { type: 'linebreak', version: 1 }, text('<&>"\' tecken')], { textFormat: 0 }),
    el('paragraph', [text('  mellanslag före och efter  ')]),
    el('paragraph', []),
    el('paragraph', [text('العنف ليس خطأك'), { type: 'tab', version: 1 }, text('خشونت تقصیر شما نیست 🙂')], { direction: 'rtl' }),
    { type: 'horizontalrule', version: 1 },
    el('unknown-block', [text('Okänd nod', 0, { style: 'color: red' })], { custom: { nested: [1, 2] } }),
  ], { direction: null }),
}

function documentWith(source: RichTextValue, target?: RichTextValue): XliffDocument {
  return {
    srcLang: 'sv',
    trgLang: 'fi',
    files: [{
      id: 'topics-1',
      original: 'topics/1',
      units: [
        { id: 'topics:1:adult.body', name: 'adult.body', fingerprint: 'abc123', notes: [{ category: 'field', text: 'Brödtext' }], source: { kind: 'richText', value: source }, target: target ? { kind: 'richText', value: target } : undefined },
        { id: 'topics:1:adult.summary', name: 'adult.summary', fingerprint: 'def456', notes: [{ category: 'maxLength', text: '200' }], source: { kind: 'text', text: 'Rad ett\n  rad två med <&> ' }, target: { kind: 'text', text: 'Rivi yksi\n  rivi kaksi ' } },
      ],
    }],
  }
}

const problemsOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    if (e instanceof XliffError) return e
    throw e
  }
  throw new Error('expected an XliffError')
}

describe('writeXliff', () => {
  it('writes XLIFF 2.0 with Swedish source, the target language, notes and the fingerprint', () => {
    const xml = writeXliff(documentWith(corpus))
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    const root = /<xliff [^>]*>/.exec(xml)![0]
    for (const attr of ['xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'version="2.0"', 'srcLang="sv"', 'trgLang="fi"']) expect(root).toContain(attr)
    expect(xml).toMatch(/<unit id="topics:1:adult.body" name="adult.body" fff:fingerprint="abc123"/)
    expect(xml).toContain('<note category="maxLength">200</note>')
    expect(xml).toMatch(/<pc id="\d+" dataRefStart="d\d+" type="fmt" subType="xlf:b">aldrig<\/pc>/)
    expect(xml).toMatch(/<pc id="\d+" dataRefStart="d\d+" type="link">/)
    expect(xml).toMatch(/<ph id="\d+" dataRef="d\d+"\/>/)
    expect(xml).toContain('&lt;&amp;&gt;"\' tecken')
  })

  it('refuses ids that are not NMTOKENs', () => {
    const doc = documentWith(corpus)
    doc.files[0].units[0].id = 'topics/1 body'
    expect(() => writeXliff(doc)).toThrow(/NMTOKEN/)
  })
})

describe('round trip', () => {
  it('gives back exactly the same rich text and plain text', () => {
    const read = readXliff(writeXliff(documentWith(corpus, corpus)))
    const [body, summary] = read.files[0].units
    expect(body.source).toEqual({ kind: 'richText', value: corpus })
    expect(body.target).toEqual({ kind: 'richText', value: corpus })
    expect(summary.source).toEqual({ kind: 'text', text: 'Rad ett\n  rad två med <&> ' })
    expect(summary.target).toEqual({ kind: 'text', text: 'Rivi yksi\n  rivi kaksi ' })
    expect(body.fingerprint).toBe('abc123')
    expect(body.notes).toEqual([{ category: 'field', text: 'Brödtext' }])
    expect(read).toMatchObject({ srcLang: 'sv', trgLang: 'fi' })
  })

  it('keeps a translation whose structure differs from the source', () => {
    const target: RichTextValue = { root: el('root', [el('paragraph', [text('Vain yksi kappale', 2)])], { direction: null }) }
    expect(readXliff(writeXliff(documentWith(corpus, target))).files[0].units[0].target).toEqual({ kind: 'richText', value: target })
  })
})

describe('files edited by translation tools', () => {
  const exported = writeXliff(documentWith(corpus))

  /** Fill in a target the way a CAT tool does: copy the source with its codes, translate the words. */
  function translated(xml: string, words: Record<string, string>) {
    return xml.replace(/<source xml:space="preserve">([\s\S]*?)<\/source>/g, (whole, inner: string) => {
      let t = inner
      for (const [from, to] of Object.entries(words)) t = t.split(from).join(to)
      return `${whole}<target xml:space="preserve">${t}</target>`
    })
  }

  it('reads the new text into the same structure: bold, links, lists and breaks survive', () => {
    const xml = translated(exported, { 'Det är ': 'Se ei ole ', aldrig: 'koskaan', 'Läs mer hos 1177': 'Lue lisää 1177:stä', 'Inre punkt': 'Sisäkohta' })
    const target = readXliff(xml).files[0].units[0].target
    expect(target?.kind).toBe('richText')
    const root = (target as { value: RichTextValue }).value.root as unknown as typeof corpus.root
    expect(JSON.stringify(root)).toContain('"text":"koskaan"')
    const original = JSON.parse(JSON.stringify(corpus.root).replace('"Det är "', '"Se ei ole "').replace('"aldrig"', '"koskaan"').replace('"Läs mer hos 1177"', '"Lue lisää 1177:stä"').replace('"Inre punkt"', '"Sisäkohta"'))
    expect(root).toEqual(original)
  })

  it('ignores pretty-printing, segment states, other namespaces, prefixes, CDATA and character references', () => {
    let xml = translated(exported, { aldrig: 'koskaan' })
    xml = xml
      .replace(/<segment state="initial">/g, '<segment state="translated" subState="tool:done">')
      .replace('xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:tool="urn:example:tool"')
      .replace(/<(\/?)(xliff|file|unit|notes|note|originalData|data|segment|source|target|pc|ph)\b/g, '<$1x:$2')
      .replace(/<x:unit /g, '<x:unit tool:checked="yes" ')
      .replace('Rad ett', '<![CDATA[R]]>&#x61;d ett')
      .replace(/(<x:unit [^>]*>)/, '$1\n        <tool:meta>ignored</tool:meta>')
    const units = readXliff(xml).files[0].units
    expect(JSON.stringify(units[0].target)).toContain('"text":"koskaan"')
    expect(units[1].source).toEqual({ kind: 'text', text: 'Rad ett\n  rad två med <&> ' })
  })

  it('joins a unit split into several segments', () => {
    const xml = exported.replace(
      /<segment state="translated">\s*<source xml:space="preserve">Rad ett\n  rad två med &lt;&amp;&gt; <\/source>\s*<target xml:space="preserve">[^<]*<\/target>\s*<\/segment>/,
      '<segment><source xml:space="preserve">Rad ett\n</source><target xml:space="preserve">Rivi yksi\n</target></segment><ignorable><source xml:space="preserve">  </source></ignorable><segment><source xml:space="preserve">rad två med &lt;&amp;> </source><target xml:space="preserve">rivi kaksi </target></segment>',
    )
    expect(xml).toContain('<ignorable>')
    const summary = readXliff(xml).files[0].units[1]
    expect(summary.source).toEqual({ kind: 'text', text: 'Rad ett\n  rad två med <&> ' })
    expect(summary.target).toEqual({ kind: 'text', text: 'Rivi yksi\nrivi kaksi ' })
  })
})

describe('bad files', () => {
  const good = writeXliff(documentWith(corpus, corpus))

  it.each([
    ['not XML', 'hello, world', /Not well-formed|not an XLIFF/],
    ['truncated', good.slice(0, good.length / 2), /Not well-formed/],
    ['XLIFF 1.2', '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>', /XLIFF 1\.2.*XLIFF 2\.0/],
    ['another root', '<?xml version="1.0"?><html/>', /not an XLIFF file/],
    ['a DOCTYPE with entities', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xliff/>', /DOCTYPE/],
    ['empty', '   ', /empty/],
  ])('refuses %s with a clear message', (_name, xml, message) => {
    expect(problemsOf(() => readXliff(xml)).message).toMatch(message)
  })

  it('refuses an oversized file before parsing it', () => {
    expect(problemsOf(() => readXliff(good, { maxBytes: 100 })).message).toMatch(/at most 0 KiB|KiB/)
  })

  it('reports duplicated ids, a missing target language and broken codes, with lines', () => {
    const duplicated = good.replace('id="topics:1:adult.summary"', 'id="topics:1:adult.body"').replace(' trgLang="fi"', '')
    const e = problemsOf(() => readXliff(duplicated))
    expect(e.problems.map((p) => p.message).join('\n')).toMatch(/trgLang/)
    expect(e.problems.map((p) => p.message).join('\n')).toMatch(/appears twice/)
    expect(e.problems.find((p) => /appears twice/.test(p.message))?.line).toBeGreaterThan(1)

    const broken = good.replace(/(<target xml:space="preserve">[\s\S]*?)dataRefStart="d2"/, '$1dataRefStart="d999"')
    const b = problemsOf(() => readXliff(broken))
    expect(b.problems[0]).toMatchObject({ unitId: 'topics:1:adult.body' })
    expect(b.problems[0].message).toMatch(/d999/)
    expect(b.problems[0].line).toBeGreaterThan(1)

    const unbalanced = good.replace(/(<target xml:space="preserve">[\s\S]*?)<\/pc>/, '$1')
    expect(problemsOf(() => readXliff(unbalanced)).problems[0].line).toBeGreaterThan(1)

    const codesOutside = good.replace(/(<target xml:space="preserve">)/, '$1loose text ')
    expect(problemsOf(() => readXliff(codesOutside)).message).toMatch(/outermost code/)
  })
})
