/**
 * The server's HTML as delivered, checked and read without a browser: html-validate's conformance
 * rules, and its parser for tests that only need the DOM (the crawl of every page × language).
 */
import { HtmlValidate, Parser, StaticConfigLoader, type ConfigData, type HtmlElement, type HtmlElementLike } from 'html-validate'

/** Is this list item's own list (the nearest one) an <ol>? */
function isInOrderedList(li: HtmlElementLike): boolean {
  const list = li.closest('ol, ul, menu')
  return Boolean(list) && list!.closest('ol') === list
}

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // The HTML standard allows `value` on <li> only in an ordered list; html-validate's element
      // table does not check where the <li> is, so the rule is added here.
      li: {
        attributes: {
          value: { allowed: (li: HtmlElementLike) => (isInOrderedList(li) ? null : '"value" is only allowed on an <li> of an <ol>') },
        },
      },
      // React writes `action=""` on a form posted to a server action (the search and feedback forms,
      // posted so the words never reach the address); the form then posts to the page itself.
      form: { attributes: { action: { enum: [/^\s*\S*\s*$/] } } },
    },
  ],
  rules: {
    // How React serialises markup, which the app cannot change; each is a matter of style, not of
    // conformance: attribute names in camelCase (charSet, hrefLang, srcSet: HTML ignores case),
    // void elements written `<meta/>`, and boolean attributes written `async=""` / `hidden=""`.
    'attr-case': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // React's generated ids (`_R_…`) are valid HTML ids; only the stricter "starts with a letter"
    // advice is not followed.
    'valid-id': ['error', { relaxed: true }],
    // A phone number never breaks: `.phone-number { white-space: nowrap }` in the stylesheet (the
    // rule reads inline styles only). The words around it in a link ("Call 112") may wrap.
    'tel-non-breaking': 'off',
    // Titles are the editors' headings in eleven languages; their length is no conformance matter.
    'long-title': 'off',
  },
}

const loader = new StaticConfigLoader(config)
const validator = new HtmlValidate(loader)

/** Every conformance error in one page, as "line:column rule: message". */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, `${name}.html`)
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${(m.selector ?? '').slice(0, 120)})`))
}

/** A page's DOM (html-validate's parser: enough for selectors, attributes and text). */
export async function parseHtml(html: string): Promise<HtmlElement> {
  return new Parser(await loader.getConfigFor('page.html')).parseHtml(html)
}
