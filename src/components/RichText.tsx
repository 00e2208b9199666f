import type { SerializedListItemNode, SerializedListNode, SerializedTextNode } from '@payloadcms/richtext-lexical'
import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from 'lexical'
import type { ReactNode } from 'react'

import { splitPhoneNumbers } from '@/content/phoneNumbers'

import { PhoneNumber, telHref } from './PhoneNumber'

const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8

/** Text with its phone numbers as tap-to-call links that stay left-to-right in RTL languages. */
function textWithPhoneLinks(node: SerializedTextNode): ReactNode {
  let out: ReactNode = splitPhoneNumbers(node.text).map((part, i) =>
    part.phone ? (
      <a key={i} href={telHref(part.text)} className="tel-link">
        <PhoneNumber number={part.text} />
      </a>
    ) : (
      part.text
    ),
  )
  if (node.format & BOLD) out = <strong>{out}</strong>
  if (node.format & ITALIC) out = <em>{out}</em>
  if (node.format & STRIKETHROUGH) out = <s>{out}</s>
  if (node.format & UNDERLINE) out = <u>{out}</u>
  return out
}

interface LinkFields { url?: string; newTab?: boolean; linkType?: string }

/** A link out of the site sends no referrer: where the reader came from stays theirs. */
function linkOut(fields: LinkFields, children: ReactNode): ReactNode {
  const href = fields.url ?? ''
  const external = /^(https?:)?\/\//i.test(href)
  return (
    <a href={href} rel={external || fields.newTab ? 'noreferrer noopener external' : undefined} target={fields.newTab ? '_blank' : undefined}>
      {children}
    </a>
  )
}

/**
 * A list item as the HTML standard allows it: `value` only in an ordered list (Payload's converter
 * writes it in every list, which is invalid in a <ul>), no empty class, and a checklist's state as
 * a plain mark rather than a checkbox role wrapped around a form control.
 */
function listItem(node: SerializedListItemNode, parent: unknown, children: ReactNode): ReactNode {
  const listType = (parent as Partial<SerializedListNode>).listType
  const nested = node.children.some((child) => child.type === 'list')
  return (
    <li className={nested ? 'rich-text__nested' : undefined} value={listType === 'number' ? node.value : undefined}>
      {listType === 'check' && !nested && (node.checked ? '☑ ' : '☐ ')}
      {children}
    </li>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  listitem: ({ node, nodesToJSX, parent }) => listItem(node, parent, nodesToJSX({ nodes: node.children })),
  text: ({ node }) => textWithPhoneLinks(node as SerializedTextNode),
  autolink: ({ node, nodesToJSX }) => linkOut(node.fields as LinkFields, nodesToJSX({ nodes: node.children })),
  link: (args) =>
    (args.node.fields as LinkFields).linkType === 'internal' && typeof defaultConverters.link === 'function'
      ? defaultConverters.link(args)
      : linkOut(args.node.fields as LinkFields, args.nodesToJSX({ nodes: args.node.children })),
})

/** An editor's rich text, rendered on the server; `lang` and `dir` mark a block shown in another language. */
export function RichText({ data, lang, dir }: { data: unknown; lang?: string; dir?: 'ltr' | 'rtl' }) {
  return (
    <div className="rich-text" lang={lang} dir={dir}>
      <LexicalRichText data={data as SerializedEditorState} converters={converters} disableContainer />
    </div>
  )
}
