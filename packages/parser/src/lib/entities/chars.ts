// Unicode classes of single code points, for scanners that walk a text by character codes instead
// of running a regular expression per character. Each class means exactly what the `u`-flag
// regular expression property of the same name means (`\p{L}`, `\p{Lu}`, …).

/** `\p{L}`: a letter. */
export const letter = 1
/** `\p{Lu}`: an uppercase letter. */
export const upper = 2
/** `\p{Ll}`: a lowercase letter. */
export const lower = 4
/** `\p{M}`: a mark (combining accents). */
export const mark = 8
/** `\p{N}`: a number. */
export const number = 16
/** `\s`: white space (as regular expressions read it). */
export const space = 32
/** Set once the entry of the table is filled in. */
const known = 128

/** The classes of every BMP code point, filled in on first use. */
const table = new Uint8Array(0x1_00_00)

const patterns: Array<[RegExp, number]> = [
  [/^\p{L}$/u, letter],
  [/^\p{Lu}$/u, upper],
  [/^\p{Ll}$/u, lower],
  [/^\p{M}$/u, mark],
  [/^\p{N}$/u, number],
  [/^\s$/u, space]
]

function compute(code: number): number {
  const char = String.fromCodePoint(code)
  let flags = known
  for (const [pattern, flag] of patterns) if (pattern.test(char)) flags |= flag
  return flags
}

for (let code = 0; code < 0x80; code++) table[code] = compute(code)

/**
 * The classes of a code point, as bit flags (`letter`, `upper`, `lower`, `mark`, `number`,
 * `space`). A lone surrogate has none.
 *
 * @param code
 *   A code point (as `codePointAt` gives it).
 * @returns
 *   Its flags.
 */
export function classOf(code: number): number {
  if (code >= 0x1_00_00) return compute(code)
  let flags = table[code]!
  if (flags === 0) {
    flags = compute(code)
    table[code] = flags
  }
  return flags
}

/**
 * The code point at an index of a text, as `codePointAt` reads it (a lone surrogate is itself).
 *
 * @param text
 *   Text.
 * @param index
 *   An index into it (must be inside it).
 * @returns
 *   The code point.
 */
export function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd8_00 && code <= 0xdb_ff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1)
    if (next >= 0xdc_00 && next <= 0xdf_ff) return (code - 0xd8_00) * 0x4_00 + (next - 0xdc_00) + 0x1_00_00
  }
  return code
}

/**
 * Whether a text is all ASCII.
 *
 * @param text
 *   Text.
 * @returns
 *   Whether every unit is below U+0080.
 */
export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false
  return true
}
