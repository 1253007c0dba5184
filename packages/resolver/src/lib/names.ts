import {fold} from '@communique/knowledge'
import {distance} from 'fastest-levenshtein'

/**
 * The words of a name, folded for comparison (`Şahinoğlu` → `sahinoglu`), without honorifics.
 *
 * @param name
 *   A name as written.
 * @returns
 *   Folded words.
 */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/^(?:mr|mrs|ms|dr|prof|h e|sir|sheikh)\s+/, '')
    .split(/\s+/)
    .filter(Boolean)
}

/**
 * How alike two folded words are: 1 − edit distance / longer length (Levenshtein, by
 * fastest-levenshtein). `tleubekov`/`tileubekov` 0.9, `tashbayev`/`tashbaev` 0.89,
 * `bagdad`/`baghdad` 0.86.
 *
 * @param a
 *   A folded word.
 * @param b
 *   Another.
 * @returns
 *   Similarity from 0 to 1.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - distance(a, b) / longest
}

/** Least similarity for two spellings of one name word to be taken as the same word. */
export const sameWord = 0.8

/**
 * Whether two full names can be spellings of one name: the same number of words, each pair alike
 * (transliterations: `Nurlan Tleubekov` / `Nurlan Tileubekov`), or one name's words all found, in
 * order, at the end of the other's (`Tayyip Erdogan` / `Recep Tayyip Erdogan`).
 *
 * @param a
 *   Folded words of one name.
 * @param b
 *   Folded words of the other.
 * @returns
 *   Whether they can name the same person.
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) return a.every((word, index) => wordSimilarity(word, b[index]!) >= sameWord)
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (short.length < 2) return false
  const tail = long.slice(long.length - short.length)
  return short.every((word, index) => wordSimilarity(word, tail[index]!) >= sameWord)
}

/**
 * Whether a name is printed in capitals throughout.
 *
 * @param name
 *   A name.
 * @returns
 *   Whether it is all capitals.
 */
export function isAllCaps(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase()
}

/**
 * Whether a name carries letters beyond ASCII (diacritics: `Şahinoğlu`).
 *
 * @param name
 *   A name.
 * @returns
 *   Whether it has non-ASCII letters.
 */
export function hasDiacritics(name: string): boolean {
  return /[^\u0000-\u007F]/.test(name)
}
