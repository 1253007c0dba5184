/** A sentence of a segment: `[start, end)` offsets into the segment's text. */
export interface Sentence {
  start: number
  end: number
}

const abbreviation =
  /(?:\b(?:H\.E|H\.H|H\.M|Mr|Mrs|Ms|Mme|Dr|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|D\.C|E\.U|Inc|Ltd|Co|Gen|Col|Lt|Maj|Sen|Rep|Gov|vs|etc|e\.g|i\.e)|\b\p{Lu})$/u

/**
 * Split a segment's text into sentences, without splitting after abbreviations (`H.E.`, `Mr.`,
 * `Jan.`, `U.S.`), initials (`Donald J. Trump`) or inside quotation marks.
 *
 * @param text
 *   A segment's text.
 * @returns
 *   The sentences, in order, covering the text.
 */
export function splitSentences(text: string): ReadonlyArray<Readonly<Sentence>> {
  // Recognizers split the same segment one after another: keep the last few splits.
  const cached = recent.get(text)
  if (cached) return cached
  const sentences = split(text)
  if (recent.size >= 8) recent.delete(recent.keys().next().value!)
  recent.set(text, sentences)
  return sentences
}

const recent = new Map<string, ReadonlyArray<Readonly<Sentence>>>()

/**
 * Split, uncached.
 *
 * @param text
 *   A segment's text.
 * @returns
 *   The sentences.
 */
function split(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if ('“«„'.includes(char)) depth++
    else if ('”»'.includes(char)) depth = Math.max(0, depth - 1)
    if (!'.!?'.includes(char)) continue
    // Closing quotation marks and brackets after the stop belong to this sentence.
    let end = index + 1
    while (end < text.length && '"”»’)'.includes(text[end]!)) end++
    const next = text.slice(end, end + 2)
    if (!/^\s+\S|^\s*$/.test(next)) continue
    if (char === '.' && abbreviation.test(text.slice(Math.max(0, index - 6), index))) continue
    if (depth > 0 && end === index + 1) continue
    let first = end
    while (first < text.length && /\s/.test(text[first]!)) first++
    if (first < text.length && !/^[\p{Lu}\d"“«‘'([]/u.test(String.fromCodePoint(text.codePointAt(first)!))) continue
    sentences.push({start, end})
    start = end
    while (start < text.length && /\s/.test(text[start]!)) start++
    index = start - 1
    depth = 0
  }
  if (start < text.length) sentences.push({start, end: text.length})
  return sentences
}
