import anyAscii from 'any-ascii'

/**
 * Fold a name for comparison: transliterate to ASCII (any script: `Şahinoğlu` → `Sahinoglu`,
 * `Тоқаев` → `Toqaev`, `张明` → `ZhangMing`), lowercase, and collapse white space and
 * punctuation other than hyphens and apostrophes inside words.
 *
 * @param value
 *   A name.
 * @returns
 *   Its folded form.
 */
export function fold(value: string): string {
  // Words of ASCII letters, digits, hyphens and apostrophes, one space apart, only need lowercasing.
  if (isPlain(value)) return value.toLowerCase()
  // The parser, resolver and exporters fold the same names again and again: remember them.
  return remembered(folds, value, foldOther)
}

/**
 * `fold` of a value that is not plain.
 *
 * @param value
 *   A name.
 * @returns
 *   Its folded form.
 */
function foldOther(value: string): string {
  // Plain ASCII (most words) skips transliteration.
  const ascii = /^[\u0000-\u007F]*$/.test(value)
  return (ascii ? value : anyAscii(value.normalize('NFC')))
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[^a-z0-9'\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Whether a value is made of ASCII letters, digits, hyphens and apostrophes, with single spaces
 * between words (none at the ends): what `fold` leaves as it is, but for case.
 *
 * @param value
 *   A name.
 * @returns
 *   Whether folding it is lowercasing it.
 */
function isPlain(value: string): boolean {
  let previous = 0x20
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x20) {
      if (previous === 0x20) return false
    } else if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d)) {
      return false
    }
    previous = code
  }
  return previous !== 0x20 || value.length === 0
}

/**
 * A slug for IRIs and identifiers: ASCII letters, digits and hyphens, from any script; never empty.
 *
 * @param value
 *   Text.
 * @returns
 *   The slug (`Oğuz Şahinoğlu` → `oguz-sahinoglu`).
 */
export function slug(value: string): string {
  return remembered(slugs, value, slugOf)
}

/**
 * `slug`, computed.
 *
 * @param value
 *   Text.
 * @returns
 *   The slug.
 */
function slugOf(value: string): string {
  const result = anyAscii(value.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return result === '' ? 'x' : result
}

/** Most entries each cache of this module keeps before it starts over (memory stays bounded). */
const cacheLimit = 4096
const folds = new Map<string, string>()
const slugs = new Map<string, string>()

/**
 * A pure function's result for a value, remembered in a bounded cache.
 *
 * @param cache
 *   The cache.
 * @param value
 *   The argument.
 * @param compute
 *   The function.
 * @returns
 *   `compute(value)`.
 */
function remembered(cache: Map<string, string>, value: string, compute: (value: string) => string): string {
  let result = cache.get(value)
  if (result === undefined) {
    if (cache.size >= cacheLimit) cache.clear()
    result = compute(value)
    cache.set(value, result)
  }
  return result
}
