import {sameWord, wordSimilarity} from './names.js'

/**
 * Longest word indexed by its deletion variants (a word of 19 characters has at most 1,160 of
 * them, one of 24 up to 12,951): longer words are found by a scan over the words of a compatible
 * length.
 */
const longestIndexed = 19

/**
 * The words seen so far, each with every word alike to it (`wordSimilarity` ≥ `sameWord`), in
 * time independent of the number of words.
 *
 * Two words alike to that degree (edit distance d ≤ 0.2 × the longer length) share a string made
 * by deleting at most ⌊length / 5⌋ characters from each (symmetric deletion, as in SymSpell): an
 * optimal alignment of words a and b with S substitutions, I insertions and D deletions leaves
 * their common characters once S + D characters are deleted from a and S + I from b, and
 * S + D ≤ 0.2 × |a| (if b is longer, S + D ≤ 0.2 × |b| − I = 0.2 × |a| − 0.2 × D − 0.8 × I). So
 * each word is indexed by its variants with up to ⌊its length / 5⌋ characters deleted; a new word
 * looks its own variants up, and every candidate found is checked with `wordSimilarity` itself,
 * so the lists are exact. Words longer than 19 characters, whose variants would be too many, are
 * compared with every word of a compatible length instead (0.8 to 1.25 times theirs).
 */
export class SimilarWords {
  /** Deletion variant → the indexed words that have it. */
  readonly #variants = new Map<string, string[]>()
  /** Word → the words alike to it, itself first, then in the order they were seen. */
  readonly #similar = new Map<string, string[]>()
  /** Length → the words of that length. */
  readonly #byLength = new Map<number, string[]>()

  /**
   * The words alike to a word, among every word given so far (this one included).
   *
   * @param word
   *   A folded word (any string).
   * @returns
   *   The word itself, then every other word seen with `wordSimilarity(word, other) >= sameWord`
   *   (the list grows as alike words are seen; do not change it).
   */
  similar(word: string): readonly string[] {
    return this.#similar.get(word) ?? this.#add(word)
  }

  #add(word: string): string[] {
    const own = [word]
    this.#similar.set(word, own)
    const checked = new Set<string>([word])
    const check = (other: string) => {
      if (checked.has(other)) return
      checked.add(other)
      if (wordSimilarity(word, other) >= sameWord) {
        own.push(other)
        this.#similar.get(other)!.push(word)
      }
    }
    const length = word.length
    // Words of a compatible length that are not in the deletion index (all of them, for a long word).
    const from = Math.max(length > longestIndexed ? 0 : longestIndexed + 1, Math.floor(length * 0.8) - 1)
    const to = Math.ceil(length * 1.25) + 1
    for (let other = from; other <= to; other++) for (const candidate of this.#byLength.get(other) ?? []) check(candidate)
    if (length <= longestIndexed) {
      for (const variant of deletions(word, Math.floor(length / 5))) {
        const words = this.#variants.get(variant)
        if (words) {
          for (const candidate of words) check(candidate)
          words.push(word)
        } else {
          this.#variants.set(variant, [word])
        }
      }
    }
    const sameLength = this.#byLength.get(length)
    if (sameLength) sameLength.push(word)
    else this.#byLength.set(length, [word])
    return own
  }
}

/**
 * Every string made by deleting at most `budget` characters (UTF-16 code units, as the edit
 * distance counts them) from a word, the word included, each once.
 *
 * @param word
 *   A word.
 * @param budget
 *   Most characters to delete.
 * @returns
 *   The variants.
 */
export function deletions(word: string, budget: number): Set<string> {
  const result = new Set<string>([word])
  let level = [word]
  for (let depth = 0; depth < budget; depth++) {
    const next: string[] = []
    for (const item of level) {
      for (let index = 0; index < item.length; index++) {
        const variant = item.slice(0, index) + item.slice(index + 1)
        if (!result.has(variant)) {
          result.add(variant)
          next.push(variant)
        }
      }
    }
    level = next
  }
  return result
}
