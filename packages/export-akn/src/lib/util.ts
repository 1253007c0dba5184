
/** Characters XML 1.0 does not allow (production `Char`), lone surrogates included. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Whether text has a character XML 1.0 does not allow (not global: no `lastIndex` state). */
const hasNotXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/**
 * Remove the characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF).
 *
 * @param value
 *   Text.
 * @returns
 *   The text without them, and the removed characters as `U+XXXX`.
 */
export function xmlSafe(value: string): {value: string; removed: string[]} {
  // Fast path: almost no text has a forbidden character.
  if (!hasNotXmlChar.test(value)) return {value, removed: []}
  const removed: string[] = []
  const result = value.replace(notXmlChar, (character) => {
    removed.push(`U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    return ''
  })
  return {value: result, removed}
}

/**
 * Whether a value is a full calendar date, `YYYY-MM-DD`, that exists (no `2022-02-30`).
 *
 * @param value
 *   Value.
 * @returns
 *   Whether it is.
 */
export function isFullDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/**
 * Collapse white space to single spaces and trim.
 *
 * @param value
 *   Text.
 * @returns
 *   Normalised text.
 */
export function normalizeSpace(value: string): string {
  // Fast path: most text is already normal (single spaces, none at the ends).
  if (!notNormalSpace.test(value)) return value
  return value.replace(/\s+/g, ' ').trim()
}

/** White space other than a single space between non-white-space characters. */
const notNormalSpace = /[^\S ]|\s\s|^\s|\s$/

/**
 * Whether text is written in capitals only (`JANE DOE`).
 *
 * @param value
 *   Text.
 * @returns
 *   Whether it has letters and no lowercase letter.
 */
export function isAllCaps(value: string): boolean {
  return /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value)
}

/**
 * The better of two display forms: not all capitals, then longer, then the first.
 *
 * @param current
 *   Form kept so far.
 * @param candidate
 *   Another form.
 * @returns
 *   The form to keep.
 */
export function betterForm(current: string, candidate: string): string {
  const a = normalizeSpace(current)
  const b = normalizeSpace(candidate)
  if (b === '') return a
  if (a === '') return b
  if (isAllCaps(a) !== isAllCaps(b)) return isAllCaps(a) ? b : a
  return b.length > a.length ? b : a
}

/**
 * Turn a slug (`jane-doe`) into a camel-case identifier (`janeDoe`), as the TLC eIds of
 * the reference renderings are. An identifier that would start with a digit gets `prefix` in front.
 *
 * @param hyphenated
 *   Slug: ASCII letters, digits and hyphens.
 * @param prefix
 *   Word put in front of an identifier that starts with a digit (`event`).
 * @returns
 *   The identifier.
 */
export function camel(hyphenated: string, prefix: string): string {
  const words = hyphenated.split('-').filter(Boolean)
  let result = words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('')
  if (result === '') result = prefix
  if (/^\d/.test(result)) result = prefix + result
  return result
}

/**
 * Compare strings by UTF-16 code units (the same order in every locale).
 *
 * @param a
 *   One string.
 * @param b
 *   Another.
 * @returns
 *   Negative, zero or positive.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

