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
 * A slug for IRIs and identifiers: ASCII letters, digits and hyphens, from any script; never empty.
 *
 * @param value
 *   Text.
 * @returns
 *   The slug (`Oğuz Şahinoğlu` → `oguz-sahinoglu`).
 */
export function slug(value: string): string {
  const result = anyAscii(value.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return result === '' ? 'x' : result
}
