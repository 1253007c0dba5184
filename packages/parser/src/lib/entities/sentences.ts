import {classOf, codePointAt, space, upper} from './chars.js'

/** A sentence of a segment: `[start, end)` offsets into the segment's text. */
export interface Sentence {
  start: number
  end: number
}

const abbreviation =
  /(?:\b(?:H\.E|H\.H|H\.M|Mr|Mrs|Ms|Mme|Dr|Prof|Hon|Rt|Amb|St|Ste|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|D\.C|E\.U|Inc|Ltd|Co|Gen|Col|Lt|Maj|Sen|Rep|Gov|vs|etc|e\.g|i\.e)|\b\p{Lu})$/u

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

/**
 * The sentences of a scanned segment, split once and kept on it (the meeting and quotation
 * readers go over the same segments several times).
 *
 * @param scanned
 *   A segment with its place for the sentences.
 * @returns
 *   Its sentences.
 */
export function sentencesOf(scanned: {segment: {text: string}; sentences: ReadonlyArray<Readonly<Sentence>> | null}): ReadonlyArray<Readonly<Sentence>> {
  scanned.sentences ??= splitSentences(scanned.segment.text)
  return scanned.sentences
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
  const length = text.length
  let start = 0
  let depth = 0
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20_1c /* “ */ || code === 0xab /* « */ || code === 0x20_1e /* „ */) depth++
    else if (code === 0x20_1d /* ” */ || code === 0xbb /* » */) depth = Math.max(0, depth - 1)
    if (code !== 0x2e /* . */ && code !== 0x21 /* ! */ && code !== 0x3f /* ? */) continue
    // Closing quotation marks and brackets after the stop belong to this sentence.
    let end = index + 1
    while (end < length && closers.has(text.charCodeAt(end))) end++
    // The stop ends the text or is followed by white space.
    if (end < length && !isSpace(text.charCodeAt(end))) continue
    if (code === 0x2e && abbreviation.test(text.slice(Math.max(0, index - 6), index))) continue
    if (depth > 0 && end === index + 1) continue
    let first = end
    while (first < length && isSpace(text.charCodeAt(first))) first++
    if (first < length && !startsSentence(codePointAt(text, first))) continue
    sentences.push({start, end})
    start = end
    while (start < length && isSpace(text.charCodeAt(start))) start++
    index = start - 1
    depth = 0
  }
  if (start < length) sentences.push({start, end: length})
  return sentences
}

/** Closing quotation marks and brackets that may follow a stop: `"”»’)`. */
const closers = new Set([0x22, 0x20_1d, 0xbb, 0x20_19, 0x29])
/** Besides capitals and digits, what may open a sentence: `"“«‘'([`. */
const openers = new Set([0x22, 0x20_1c, 0xab, 0x20_18, 0x27, 0x28, 0x5b])

/** `\s`, for one UTF-16 unit. */
function isSpace(code: number): boolean {
  return (classOf(code) & space) !== 0
}

/** Whether a code point may start a sentence: `[\p{Lu}\d"“«‘'([]`. */
function startsSentence(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || openers.has(code) || (classOf(code) & upper) !== 0
}
