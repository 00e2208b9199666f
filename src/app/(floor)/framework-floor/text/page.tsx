import type { Metadata } from 'next'

/**
 * The framework's floor for Lighthouse: an empty Next.js page (../page.tsx) paints nothing, so
 * Lighthouse cannot score it. This one has a heading and three paragraphs, in the browser's own
 * font, with no CSS, font or script of the site's. `npm run bench` scores it beside the site's
 * pages: what Next's own client runtime leaves of the score on the machine of the run.
 */
export const metadata: Metadata = { title: 'Framework floor with text', robots: { index: false, follow: false } }

export default function FrameworkFloorText() {
  return (
    <main>
      <h1>A page with nothing but text</h1>
      <p>
        This page is built with the site and served by the same Next.js server, but it carries none of
        the site's styles, fonts or scripts. It has only what the framework itself sends to every page.
      </p>
      <p>
        A phone that opens it still downloads, compiles and runs the framework's client runtime: React,
        the router and the code that hydrates the page, before the page answers a tap.
      </p>
      <p>
        Lighthouse's score of this page is therefore the best score any page of the site can reach on
        the machine it runs on, whatever the page itself contains.
      </p>
    </main>
  )
}
