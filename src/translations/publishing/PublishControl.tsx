'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  ConfirmationModal,
  FormSubmit,
  PopupList,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { ScheduleDrawer } from '@payloadcms/ui/elements/PublishButton/ScheduleDrawer'
import { formatAdminURL, hasScheduledPublishEnabled } from 'payload/shared'
import React, { useCallback, useState } from 'react'

import { hasRole } from '@/access/roles'
import { customText } from '@/i18n/adminText'

import type { PendingLanguage } from './pending'
import type { publishingWords } from './words'

/**
 * The publish button of documents published per language (topics, support services, brochures),
 * in place of Payload's: it publishes the language on screen, and when other languages have
 * unpublished drafts it first lists them, each with its review state, and publishes only those the
 * user ticks (none by default). Payload's own button offers "Publish all locales", which publishes
 * every pending draft unseen (payloadcms/payload#14672); the server refuses that silently anyway
 * (src/translations/publishing/rules.ts). Only editors and admins see "Schedule publish"; the
 * schedule names one language (src/translations/publishing/schedulePublish.ts).
 */
export function PublishControl() {
  const { id, collectionSlug, hasPublishPermission, hasPublishedDoc, unpublishedVersionCount, uploadStatus, setHasPublishedDoc, setUnpublishedVersionCount, setMostRecentVersionIsAutosaved, updateSavedDocumentData } =
    useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code: localeCode } = useLocale()
  const { user } = useAuth()
  const { i18n, t } = useTranslation()
  const { openModal, closeModal, isModalOpen, toggleModal } = useModal()
  const [pending, setPending] = useState<PendingLanguage[]>([])
  const [chosen, setChosen] = useState<string[]>([])
  const text = customText<(typeof publishingWords)['sv']>(t, 'publishing')
  const api = config.routes.api
  const dialogSlug = `publish-languages-${id ?? 'new'}`
  const scheduleSlug = `schedule-publish-${id}`

  const localeLabel = useCallback(
    (code: string) => {
      const found = config.localization ? config.localization.locales.find((l) => l.code === code) : undefined
      return found ? String(getTranslation(found.label, i18n)) : code
    },
    [config.localization, i18n],
  )

  const publishHere = useCallback(async () => {
    // The form is reset to the saved document in the answer: read without fallback (as Payload's own
    // buttons do), or the language's empty fields come back filled with Swedish, and the next save
    // stores that Swedish as this language's text.
    const path = `/${collectionSlug}${id ? `/${id}` : ''}?depth=0&locale=${localeCode}&fallback-locale=null&publishSpecificLocale=${localeCode}` as const
    const result = await submit({ action: formatAdminURL({ apiRoute: api, path }), overrides: { _status: 'published' } })
    if (!result) return false
    setUnpublishedVersionCount(0)
    setMostRecentVersionIsAutosaved(false)
    setHasPublishedDoc(true)
    return true
  }, [api, collectionSlug, id, localeCode, submit, setHasPublishedDoc, setMostRecentVersionIsAutosaved, setUnpublishedVersionCount])

  /** Each chosen language from its latest draft, one at a time, as "Publish in <language>" would. */
  const publishChosen = useCallback(async () => {
    const done: string[] = []
    let updatedAt: string | undefined
    for (const code of chosen) {
      const res = await fetch(formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}?depth=0&locale=${code}&fallback-locale=null&publishSpecificLocale=${code}` }), {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ _status: 'published' }),
      })
      if (res.ok) {
        done.push(localeLabel(code))
        updatedAt = ((await res.json()) as { doc?: { updatedAt?: string } }).doc?.updatedAt ?? updatedAt
      } else {
        const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
        toast.error(text('failed', { language: localeLabel(code), error: body.errors?.[0]?.message ?? res.statusText }))
      }
    }
    if (done.length) toast.success(text('alsoPublished', { languages: done.join(', ') }))
    // These publishes are our own, but the form knows only the first one's time: without the newest,
    // its next keystroke would find the document newer and say someone else changed it. The edit view
    // takes a newer time of the saved document as its own (the provider's setter takes an updater).
    if (updatedAt) {
      const update = updateSavedDocumentData as unknown as (updater: (saved: Record<string, unknown>) => Record<string, unknown>) => void
      update((saved) => ({ ...saved, updatedAt }))
    }
  }, [api, chosen, collectionSlug, i18n.language, id, localeLabel, text, updateSavedDocumentData])

  const onPublish = useCallback(async () => {
    if (uploadStatus === 'uploading') return
    if (id) {
      const res = await fetch(formatAdminURL({ apiRoute: api, path: `/translations/pending?collection=${collectionSlug}&id=${id}` }), { credentials: 'include' })
      const others = res.ok ? ((await res.json()) as { languages: PendingLanguage[] }).languages.filter((l) => l.code !== localeCode) : []
      if (others.length > 0) {
        setPending(others)
        setChosen([])
        openModal(dialogSlug)
        return
      }
    }
    await publishHere()
  }, [api, collectionSlug, dialogSlug, id, localeCode, openModal, publishHere, uploadStatus])

  if (!hasPublishPermission) return null
  const canPublish = (modified || unpublishedVersionCount > 0 || !hasPublishedDoc) && uploadStatus !== 'uploading'
  const entity = getEntityConfig({ collectionSlug })
  // Scheduling is for editors and admins: the drawer also offers languages a translator may not publish.
  const canSchedule = Boolean(id) && !modified && hasRole(user, 'admin', 'editor') && Boolean(entity && hasScheduledPublishEnabled(entity))
  const language = localeLabel(localeCode)

  return (
    <>
      <FormSubmit
        buttonId="action-save"
        disabled={!canPublish}
        enableSubMenu={canSchedule}
        onClick={() => void onPublish()}
        size="medium"
        type="button"
        SubMenuPopupContent={
          canSchedule
            ? ({ close }) => (
                <PopupList.ButtonGroup>
                  <PopupList.Button id="schedule-publish" onClick={() => [toggleModal(scheduleSlug), close()]}>
                    {t('version:schedulePublish')}
                  </PopupList.Button>
                </PopupList.ButtonGroup>
              )
            : undefined
        }
      >
        {t('version:publishIn', { locale: language })}
      </FormSubmit>
      <ConfirmationModal
        modalSlug={dialogSlug}
        className="publish-languages"
        heading={text('dialogTitle', { language })}
        confirmLabel={text('confirm')}
        cancelLabel={text('cancel')}
        onCancel={() => closeModal(dialogSlug)}
        onConfirm={async () => {
          closeModal(dialogSlug)
          if ((await publishHere()) && chosen.length) await publishChosen()
        }}
        body={
          <fieldset className="publish-languages__choice" style={{ border: 0, padding: 0 }}>
            <legend>{text('dialogIntro')}</legend>
            <p>{text('alsoPublish')}:</p>
            {pending.map((l) => (
              <label key={l.code} style={{ display: 'block', margin: '0.5rem 0' }} lang={l.code}>
                <input
                  type="checkbox"
                  name="alsoPublish"
                  value={l.code}
                  disabled={!l.mayPublish}
                  checked={chosen.includes(l.code)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, l.code] : c.filter((x) => x !== l.code)))}
                />{' '}
                {localeLabel(l.code)} <span lang={i18n.language}>({l.reviewed ? text('reviewed') : text('notReviewed')}{l.mayPublish ? '' : `; ${text('notYours')}`})</span>
              </label>
            ))}
          </fieldset>
        }
      />
      {canSchedule && isModalOpen(scheduleSlug) && <ScheduleDrawer defaultType={unpublishedVersionCount > 0 ? 'publish' : 'unpublish'} slug={scheduleSlug} />}
    </>
  )
}
