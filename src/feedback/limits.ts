/** The feedback form's sizes, shared by the form, its action and the collection. */
export const maxMessageLength = 2000
export const maxPageLength = 300
/** A field hidden from people and screen readers; a machine filling every field fills it. */
export const honeypotField = 'website'
