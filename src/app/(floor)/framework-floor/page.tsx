import type { Metadata } from 'next'

/**
 * An empty Next.js page, built with the site: `npm run bench` weighs it as the framework's floor,
 * so a page's JavaScript is judged by what the site adds to what Next itself ships.
 */
export const metadata: Metadata = { title: 'Framework floor', robots: { index: false, follow: false } }

export default function FrameworkFloor() {
  return <main />
}
