// Serbian Cyrillic to Latin (the official transliteration), so Serbian slugs read like Bosnian/Croatian ones.
const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
}

/**
 * A URL segment from a title: lowercase, diacritics dropped, Cyrillic transliterated, words joined by
 * hyphens. Letters of other scripts (Arabic, Persian) are kept: browsers show them readably.
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[а-џ]/g, (ch) => cyrillic[ch] ?? ch)
    .replace(/đ/g, 'dj')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

/** What a stored slug may look like: no slashes, dots, spaces or upper case. */
export const slugPattern = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u
