/**
 * Translation state of one document scope in one language. Pure: the rows come from the
 * `translation_status` table (kept by sync.ts), the state is derived, never typed by anyone.
 */
export const translationStates = ['missing', 'outdated', 'needs-review', 'approved'] as const
export type TranslationState = (typeof translationStates)[number]

/** In every admin language (src/i18n/admin.ts); the six beyond sv and en are machine-drafted. */
export const stateLabels: Record<TranslationState, { sv: string; en: string } & Record<string, string>> = {
  missing: { sv: 'Saknas', en: 'Missing', ar: 'ناقص', fa: 'ناموجود', pl: 'Brak', es: 'Falta', hr: 'Nedostaje', rs: 'Недостаје' },
  outdated: { sv: 'Inaktuell', en: 'Outdated', ar: 'قديم', fa: 'قدیمی', pl: 'Nieaktualne', es: 'Desactualizada', hr: 'Zastarjelo', rs: 'Застарело' },
  'needs-review': { sv: 'Behöver granskas', en: 'Needs review', ar: 'بانتظار المراجعة', fa: 'منتظر بازبینی', pl: 'Do sprawdzenia', es: 'Pendiente de revisión', hr: 'Čeka pregled', rs: 'Чека преглед' },
  approved: { sv: 'Godkänd', en: 'Approved', ar: 'معتمد', fa: 'تأییدشده', pl: 'Zatwierdzone', es: 'Aprobada', hr: 'Odobreno', rs: 'Одобрено' },
}

export function isTranslationState(value: unknown): value is TranslationState {
  return typeof value === 'string' && (translationStates as readonly string[]).includes(value)
}

export interface StatusInput {
  /** Every field with Swedish text has text in this language. */
  hasText: boolean
  /** Fingerprint of the Swedish source the translation was made from (or last approved against). */
  basedOn: string | null
  review: string | null
}

/** Missing beats outdated beats needs review: the most urgent thing to do comes first. */
export function translationState(row: StatusInput, currentSource: string): TranslationState {
  if (!row.hasText) return 'missing'
  if (row.basedOn !== currentSource) return 'outdated'
  if (row.review !== 'approved') return 'needs-review'
  return 'approved'
}

/**
 * The fingerprint a translation is in step with after a save. Editing the text or approving it
 * brings it in step with the current source; anything else (a change elsewhere, a Swedish edit)
 * leaves it where it was, which is what makes it outdated.
 */
export function basedOnAfterSave(
  previous: { textFingerprint: string; basedOn: string | null; review: string | null } | undefined,
  now: { hasText: boolean; textFingerprint: string; review: string | null },
  currentSource: string,
): string | null {
  if (!now.hasText) return previous?.basedOn ?? null
  const edited = !previous || previous.textFingerprint !== now.textFingerprint
  const approvedNow = now.review === 'approved' && previous?.review !== 'approved'
  if (edited || approvedNow || !previous?.basedOn) return currentSource
  return previous.basedOn
}
