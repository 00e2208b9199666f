import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { captionProblems } from '../../captions/problems'

/**
 * Captions are checked on every save, drafts included (Payload validates fields only when
 * publishing, and translators and XLIFF imports save drafts): the captions of the language being
 * saved, against the film's duration (also when only the duration changed).
 */
export const checkCaptions: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const captions = data.captions !== undefined ? data.captions : originalDoc?.captions
  const duration = data.durationSeconds ?? originalDoc?.durationSeconds
  const problems = await captionProblems(req, captions, typeof duration === 'number' ? duration : undefined, originalDoc?.id)
  if (problems.length) {
    throw new ValidationError({ collection: 'films', errors: problems.map((message) => ({ message, path: 'captions' })), req }, req.t)
  }
  return data
}
