/* Payload's admin shell (the shape Payload generates). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers as requestHeaders } from 'next/headers'
import { getRequestLanguage, parseCookies, type ServerFunctionClient } from 'payload'
import type React from 'react'

import { adminIntlLocale } from '@/i18n/adminText'
import { schedulePublishIfAllowed } from '@/translations/publishing/schedulePublish'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Scheduling publishing is checked like publishing (Payload only checks admin access).
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'schedule-publish': schedulePublishIfAllowed } })
}

const Layout = async ({ children }: Args) => {
  // Payload writes its language code as the page's language, and its Serbian is `rs`, which is no
  // language tag (a screen reader would not read it as Serbian): the tag of what is shown instead.
  const headers = await requestHeaders()
  const language = getRequestLanguage({ config: await config, cookies: parseCookies(headers), headers })
  return (
    <RootLayout config={config} htmlProps={{ lang: adminIntlLocale(language) }} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}

export default Layout
