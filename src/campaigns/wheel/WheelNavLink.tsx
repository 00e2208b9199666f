import type { ServerProps } from 'payload'

/** The wheel's entry in the admin navigation. */
export function WheelNavLink({ i18n }: ServerProps) {
  return (
    <a className="nav__link wheel-nav-link" href="/admin/wheel">
      <span className="nav__link-label">{i18n?.language === 'en' ? 'Annual wheel' : 'Årshjul'}</span>
    </a>
  )
}
