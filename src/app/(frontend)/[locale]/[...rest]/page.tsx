import { notFound } from 'next/navigation'

/** Any path the site does not have: the localized 404 page. */
export default function UnknownPath() {
  notFound()
}
