/** XLIFF 2.0 for the translation round trip: one unit per localized field, rich text as inline codes. */
export { readXliff } from './read'
export { writeXliff } from './write'
export { XliffError, type RichTextValue, type UnitContent, type XliffDocument, type XliffFile, type XliffNote, type XliffProblem, type XliffUnit } from './types'
