import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '@/access/roles'

import { dashboardText } from './labels'

/** The dashboard's entry in the admin navigation, for those who translate or edit. */
export function NavLink({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user, 'admin', 'editor', 'translator')) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/translations`} style={{ marginBlock: '0.5rem' }}>
      {dashboardText(i18n).title}
    </a>
  )
}
