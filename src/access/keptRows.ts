/**
 * The class of a list whose rows hold translated text (key dates, footer links, a film's questions):
 * translators write that text but keep the rows (src/access/sharedFields.ts). Shared by the config,
 * which marks those lists, and the admin, which hides their row controls from translators
 * (src/access/KeptRowsControls.tsx).
 */
export const keptRowsClass = 'rows-kept'
