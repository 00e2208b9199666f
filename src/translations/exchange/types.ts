/** What an XLIFF import answers: unit by unit, what lands and what is refused, and why. */
export interface ImportReport {
  dryRun: boolean
  locale: string
  accepted: { unit: string; collection: string; id: number; field: string }[]
  /** Units whose target equals what is already stored: nothing to do. */
  unchanged: number
  /** Units the file leaves without a translation: skipped, not an error. */
  untranslated: number
  refused: { unit: string; line?: number; reason: string }[]
}
