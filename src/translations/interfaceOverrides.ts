import type { Payload } from 'payload'
import { unstable_cache } from 'next/cache'

import { tags } from '@/site/cache'
import { payloadClient } from '@/site/payload'

import { interfaceStringCoverage, interfaceStringsSlug, type InterfaceOverride, type StringCoverage } from './interfaceStrings'

/** Every stored override (a few hundred rows at most: one per language and key). */
export async function loadInterfaceOverrides(payload: Payload, locale?: string): Promise<InterfaceOverride[]> {
  const { docs } = await payload.find({
    collection: interfaceStringsSlug,
    where: locale ? { locale: { equals: locale } } : {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { locale: true, key: true, value: true },
  })
  return docs.map((d) => ({ locale: String(d.locale), key: String(d.key), value: String(d.value) }))
}

/** One language's overrides for the public site, cached until an override changes (its hooks expire the tag). */
export const siteInterfaceOverrides = (locale: string) =>
  unstable_cache(async () => loadInterfaceOverrides(await payloadClient(), locale), ['interface-strings', locale], {
    tags: [tags.collection(interfaceStringsSlug)],
  })()

/** Per target language: keys, missing keys and corrections, counting the files and the stored overrides together. */
export async function interfaceStringStatus(payload: Payload): Promise<StringCoverage[]> {
  return interfaceStringCoverage(undefined, await loadInterfaceOverrides(payload))
}
