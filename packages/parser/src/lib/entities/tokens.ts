import {fold} from '@communique/knowledge'

/** A word of a segment's text. */
export interface Token {
  /** The word as printed (a trailing possessive `’s` is cut off into `possessive`). */
  text: string
  start: number
  end: number
  /** Folded form (ASCII, lowercase). */
  key: string
  /** First letter is a capital. */
  cap: boolean
  /** Every letter is a capital (and there are at least two). */
  caps: boolean
  /** The word carried a possessive `’s` / `'s` (not part of `text`). */
  possessive: boolean
}

const word = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}’'-]*[\p{L}\p{M}\p{N}])?/gu

/**
 * Split text into words with their offsets.
 *
 * @param text
 *   A segment's text.
 * @returns
 *   The words, in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(word)) {
    let value = match[0]
    let possessive = false
    const tail = /[’']s$/.exec(value)
    if (tail && value.length > 2) {
      value = value.slice(0, -2)
      possessive = true
    } else if (/[’']$/.test(value)) value = value.slice(0, -1)
    const letters = value.replace(/[^\p{L}]/gu, '')
    tokens.push({
      text: value,
      start: match.index,
      end: match.index + value.length,
      key: fold(value),
      cap: /^\p{Lu}/u.test(value),
      caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive
    })
  }
  return tokens
}

/**
 * Whether a text is printed in capitals (a heading such as `SPEECH OF SECRETARY GENERAL …`).
 *
 * @param text
 *   Text.
 * @returns
 *   Whether most of its letters are capitals.
 */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length < 8) return false
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length
  return upper / letters.length > 0.85
}

/**
 * What stands between two tokens: `''` when adjacent, else the text between them.
 *
 * @param text
 *   The segment's text.
 * @param left
 *   The earlier token.
 * @param right
 *   The later token.
 * @returns
 *   The text between.
 */
export function between(text: string, left: Token, right: Token): string {
  return text.slice(left.end + (left.possessive ? 2 : 0), right.start)
}
