/**
 * Swedish phone numbers as they are written in the portal's texts: 112, 114 14, 116 111, and area
 * numbers such as 020-50 50 50 or 040-34 69 00. Used to make them tap-to-call and keep them
 * left-to-right inside Arabic and Persian text.
 */
export const phonePattern = /(?<![\d-])(?:11[24](?: 1\d{1,2})?|116 111|0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3})(?![\d-])/g

export function splitPhoneNumbers(text: string): { text: string; phone: boolean }[] {
  const parts: { text: string; phone: boolean }[] = []
  let last = 0
  for (const match of text.matchAll(phonePattern)) {
    const at = match.index ?? 0
    if (at > last) parts.push({ text: text.slice(last, at), phone: false })
    parts.push({ text: match[0], phone: true })
    last = at + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), phone: false })
  return parts
}
