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
