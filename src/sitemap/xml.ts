/** Sitemaps as sitemaps.org defines them, written with xmldom (escaping and namespaces are its job). */
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom'

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const xhtmlNs = 'http://www.w3.org/1999/xhtml'

/** One address, with the same page in every language it exists in (hreflang alternates). */
export interface SitemapEntry {
  url: string
  lastModified?: string
  languages?: Record<string, string>
}

function serialize(doc: Document): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}

function child(doc: Document, parent: Element, name: string, text: string) {
  const el = doc.createElementNS(sitemapNs, name)
  el.appendChild(doc.createTextNode(text))
  parent.appendChild(el)
}

export function urlsetXml(entries: SitemapEntry[]): string {
  const doc = new DOMImplementation().createDocument(sitemapNs, 'urlset', null)
  const root = doc.documentElement!
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xhtml', xhtmlNs)
  for (const entry of entries) {
    const url = doc.createElementNS(sitemapNs, 'url')
    child(doc, url, 'loc', entry.url)
    if (entry.lastModified) child(doc, url, 'lastmod', entry.lastModified)
    for (const [lang, href] of Object.entries(entry.languages ?? {})) {
      const link = doc.createElementNS(xhtmlNs, 'xhtml:link')
      link.setAttribute('rel', 'alternate')
      link.setAttribute('hreflang', lang)
      link.setAttribute('href', href)
      url.appendChild(link)
    }
    root.appendChild(url)
  }
  return serialize(doc)
}

export function sitemapIndexXml(urls: string[]): string {
  const doc = new DOMImplementation().createDocument(sitemapNs, 'sitemapindex', null)
  for (const loc of urls) {
    const sitemap = doc.createElementNS(sitemapNs, 'sitemap')
    child(doc, sitemap, 'loc', loc)
    doc.documentElement!.appendChild(sitemap)
  }
  return serialize(doc)
}
