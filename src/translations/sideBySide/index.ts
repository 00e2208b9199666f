/**
 * Shows the Swedish source under a translatable field (see SourceText). Spread into the field's
 * `admin`: `admin: { ...sourceBeside('adult.body') }`.
 */
export function sourceBeside(fieldPath: string) {
  return {
    components: {
      afterInput: [{ path: '@/translations/sideBySide/SourceText#SourceText', clientProps: { fieldPath } }],
    },
  }
}

/**
 * Heads a document without a title in the language being edited by its Swedish title, marked as
 * such (see SwedishTitle), not by its id. Spread into a collection's `admin.components`.
 */
export const swedishTitleWhenUntitled = {
  edit: { beforeDocumentControls: ['@/translations/sideBySide/SwedishTitle#SwedishTitle'] },
}
