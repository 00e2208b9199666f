import type { ReactNode } from 'react'

/** Its own root layout: nothing of the site's frame (fonts, styles, scripts) may load here. */
export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
