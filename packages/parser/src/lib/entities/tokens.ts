import {fold} from '@communique/knowledge'
import {classOf, codePointAt, isAscii, letter, mark, number, upper} from './chars.js'

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

/** What may continue a word besides letters, marks and numbers: apostrophes and hyphens. */
const joiners = new Set([0x27 /* ' */, 0x2d /* - */, 0x20_19 /* ’ */])

/**
 * Split text into words with their offsets.
 *
 * A word is what `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}’'-]*[\p{L}\p{M}\p{N}])?/gu` matches: it starts
 * with a letter or a number, runs over letters, marks, numbers, apostrophes and hyphens, and ends
 * with a letter, a mark or a number. The text is walked once by character codes.
 *
 * @param text
 *   A segment's text.
 * @returns
 *   The words, in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = codePointAt(text, index)
    const width = code >= 0x1_00_00 ? 2 : 1
    if ((classOf(code) & (letter | number)) === 0) {
      index += width
      continue
    }
    const start = index
    // The word ends after its last letter, mark or number; joiners after it are not part of it.
    let end = index + width
    let cursor = end
    while (cursor < length) {
      const next = codePointAt(text, cursor)
      const nextWidth = next >= 0x1_00_00 ? 2 : 1
      if ((classOf(next) & (letter | mark | number)) !== 0) {
        cursor += nextWidth
        end = cursor
      } else if (joiners.has(next)) cursor += nextWidth
      else break
    }
    tokens.push(token(text, start, end))
    index = end
  }
  return tokens
}

/** The token of the word `[start, end)` of a text. */
function token(text: string, start: number, end: number): Token {
  let stop = end
  let possessive = false
  const last = text.charCodeAt(end - 1)
  const beforeLast = text.charCodeAt(end - 2)
  // A trailing `’s` / `'s` is a possessive (not in a two-letter word such as `’s` itself).
  if (last === 0x73 /* s */ && (beforeLast === 0x27 || beforeLast === 0x20_19) && end - start > 2) {
    stop = end - 2
    possessive = true
  } else if (last === 0x27 || last === 0x20_19) stop = end - 1
  const value = text.slice(start, stop)
  let cap: boolean
  let caps: boolean
  let key: string
  if (isAscii(value)) {
    // Letters, digits, apostrophes and hyphens only: folding is lowercasing.
    let uppers = 0
    let lowers = 0
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (code >= 0x41 && code <= 0x5a) uppers++
      else if (code >= 0x61 && code <= 0x7a) lowers++
    }
    const first = value.charCodeAt(0)
    cap = first >= 0x41 && first <= 0x5a
    caps = uppers >= 2 && lowers === 0
    key = value.toLowerCase()
  } else {
    const letters = value.replace(/[^\p{L}]/gu, '')
    cap = (classOf(codePointAt(value, 0)) & upper) !== 0
    caps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
    key = fold(value)
  }
  return {text: value, start, end: start + value.length, key, cap, caps, possessive}
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
  // Counted in UTF-16 units, as the lengths of the strings of letters would be.
  let letters = 0
  let uppers = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) {
        letters++
        uppers++
      } else if (code >= 0x61 && code <= 0x7a) letters++
      continue
    }
    const point = codePointAt(text, index)
    const width = point >= 0x1_00_00 ? 2 : 1
    const flags = classOf(point)
    if (flags & letter) letters += width
    if (flags & upper) uppers += width
    index += width - 1
  }
  if (letters < 8) return false
  return uppers / letters > 0.85
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

/**
 * Whether exactly one space stands between two tokens (`between(text, left, right) === ' '`).
 *
 * @param text
 *   The segment's text.
 * @param left
 *   The earlier token.
 * @param right
 *   The later token.
 * @returns
 *   Whether they are one space apart.
 */
export function spaceBetween(text: string, left: Token, right: Token): boolean {
  const from = left.end + (left.possessive ? 2 : 0)
  return right.start === from + 1 && text.charCodeAt(from) === 0x20
}
