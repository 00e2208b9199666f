import type { ServerProps } from 'payload'

import { adminT } from '@/i18n/adminText'

/** The wheel's entry in the admin navigation. */
export function WheelNavLink({ i18n }: ServerProps) {
  return (
    <a className="nav__link wheel-nav-link" href="/admin/wheel">
      <span className="nav__link-label">{adminT(i18n.t)('custom:wheel:navLink')}</span>
    </a>
  )
}
