import type { ReactNode } from 'react'

/**
 * A phone number that keeps its left-to-right order inside Arabic or Persian text
 * (the content guide: numbers stay LTR in RTL languages).
 */
export function PhoneNumber({ number }: { number: string }) {
  return (
    <bdi dir="ltr" className="phone-number">
      {number}
    </bdi>
  )
}

/**
 * Put a React node where a message has a placeholder: `fill(t('call', { number: MARK }), <PhoneNumber/>)`.
 * Keeps translators' word order while letting the number carry its own markup.
 */
export const MARK = '\u2063'
export function fill(text: string, node: ReactNode): ReactNode[] {
  const [before, ...rest] = text.split(MARK)
  return [before, node, rest.join('')]
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`
}
