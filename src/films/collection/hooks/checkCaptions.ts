import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { captionProblems } from '../../captions/problems'

/**
 * Captions are checked on every save that changes them or the film's duration, drafts included
 * (Payload validates fields only when publishing, and translators and XLIFF imports save drafts):
 * the captions of the language being saved. A save that touches neither (a translated title) is not
 * held up by captions that a later Swedish change left out of step: those show as outdated.
 */
export const checkCaptions: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const captionsChanged = data.captions !== undefined && data.captions !== (originalDoc?.captions ?? null)
  const durationChanged = data.durationSeconds !== undefined && data.durationSeconds !== originalDoc?.durationSeconds
  if (!captionsChanged && !durationChanged) return data
  const captions = data.captions !== undefined ? data.captions : originalDoc?.captions
  const duration = data.durationSeconds ?? originalDoc?.durationSeconds
  const problems = await captionProblems(req, captions, typeof duration === 'number' ? duration : undefined, originalDoc?.id)
  if (problems.length) {
    const error = new ValidationError({ collection: 'films', errors: problems.map((message) => ({ message, path: 'captions' })), req }, req.t)
    // The admin's notice shows the error's message: what is wrong and on which line, not only
    // "the following field is invalid".
    error.message = problems.join('\n')
    throw error
  }
  return data
}
