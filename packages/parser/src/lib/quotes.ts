/** A quoted span found in a block: `[start, end)` is the text inside the marks. */
export interface FoundQuote {
  block: number
  start: number
  end: number
  open: string
  close: string | null
  continued: boolean
}

/** A quotation mark that could not be paired. */
export interface QuoteProblem {
  block: number
  index: number
  mark: string
  kind: 'unclosed' | 'unopened'
}

const closersOf: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '"': '"',
  '‘': '’',
  "'": "'"
}
const doubleOpeners = new Set(['“', '„', '«', '‹', '"'])
const maxDepth = 32

/**
 * Find quoted spans over a document's blocks, in reading order.
 *
 * Handles curly (“ ”), straight (" "), guillemet (« ») and single (‘ ’, ' ') marks, quotes inside
 * quotes, apostrophes (`minister’s`, `Turkiye's`), and quotations that run over several
 * paragraphs (each new paragraph re-opens with the same mark and only the last closes).
 * An unpaired double mark is reported; the span still runs to the end of its paragraph.
 *
 * @param texts
 *   The blocks' texts, in order.
 * @returns
 *   The spans and the problems.
 */
export function findQuotes(texts: readonly string[]): {quotes: FoundQuote[]; problems: QuoteProblem[]} {
  const quotes: FoundQuote[] = []
  const problems: QuoteProblem[] = []
  let carried: string[] = []

  for (let block = 0; block < texts.length; block++) {
    const text = texts[block]!
    const stack: Array<{mark: string; index: number; continued: boolean}> = []
    const pending = carried
    carried = []

    for (let index = nextQuoteMark(text, 0); index >= 0; index = nextQuoteMark(text, index + 1)) {
      const char = text[index]!
      const before = index === 0 ? ' ' : text[index - 1]!
      const after = index + 1 < text.length ? text[index + 1]! : ' '
      const top = stack.at(-1)

      // Closing first: a mark that closes the innermost open quote.
      if (top && closersOf[top.mark]!.includes(char) && !(char === top.mark && isWordChar(after) && !isWordChar(before))) {
        if (isSingle(char) && isWordChar(after)) continue // an apostrophe inside a word
        stack.pop()
        if (index > top.index + 1) {
          quotes.push({block, start: top.index + 1, end: index, open: top.mark, close: char, continued: top.continued})
        }
        continue
      }
      if (char in closersOf && canOpen(char, before, after)) {
        if (stack.length >= maxDepth) continue
        const continued = stack.length === 0 && index === leadingSpace(text) && pending.includes(char)
        stack.push({mark: char, index, continued})
        continue
      }
      if (isSingle(char)) continue // apostrophes
      // A closing mark with nothing open: look deeper in the stack before giving up.
      const deeper = stack.findLastIndex((entry) => closersOf[entry.mark]!.includes(char))
      if (deeper >= 0) {
        const entry = stack[deeper]!
        for (const unclosed of stack.splice(deeper)) {
          if (unclosed !== entry && doubleOpeners.has(unclosed.mark)) {
            problems.push({block, index: unclosed.index, mark: unclosed.mark, kind: 'unclosed'})
          }
        }
        quotes.push({block, start: entry.index + 1, end: index, open: entry.mark, close: char, continued: entry.continued})
      } else if (char !== "'" && char !== '"') {
        problems.push({block, index, mark: char, kind: 'unopened'})
      } else if (char === '"') {
        problems.push({block, index, mark: char, kind: 'unopened'})
      }
    }

    // Quotes still open at the end of the paragraph.
    const next = texts[block + 1]
    const nextOpener = next === undefined ? '' : next.trimStart().charAt(0)
    for (const entry of stack) {
      if (!doubleOpeners.has(entry.mark)) continue // an unpaired single mark is an apostrophe
      const runsOn = nextOpener === entry.mark && stack.length === 1
      if (runsOn) carried.push(entry.mark)
      else problems.push({block, index: entry.index, mark: entry.mark, kind: 'unclosed'})
      if (text.length > entry.index + 1) {
        quotes.push({block, start: entry.index + 1, end: trimEnd(text), open: entry.mark, close: null, continued: entry.continued})
      }
    }
  }
  return {quotes, problems}
}

/**
 * The index of the first quotation mark (or apostrophe) at or after `from` in a text, or -1.
 *
 * @param text
 *   Text.
 * @param from
 *   Where to start looking.
 * @returns
 *   The index, or -1.
 */
function nextQuoteMark(text: string, from: number): number {
  for (let index = from; index < text.length; index++) if (isQuoteMark(text.charCodeAt(index))) return index
  return -1
}

/**
 * Whether a UTF-16 unit is a quotation mark (or an apostrophe): `“ ” „ « » ‹ › " ‘ ’ '`.
 *
 * @param code
 *   A character code.
 * @returns
 *   Whether it opens or closes a quotation.
 */
function isQuoteMark(code: number): boolean {
  switch (code) {
    case 0x22 /* " */:
    case 0x27 /* ' */:
    case 0xab /* « */:
    case 0xbb /* » */:
    case 0x20_18 /* ‘ */:
    case 0x20_19 /* ’ */:
    case 0x20_1c /* “ */:
    case 0x20_1d /* ” */:
    case 0x20_1e /* „ */:
    case 0x20_39 /* ‹ */:
    case 0x20_3a /* › */: {
      return true
    }
    default: {
      return false
    }
  }
}

function canOpen(mark: string, before: string, after: string): boolean {
  if (mark === '"' || mark === "'" || mark === '‘') {
    return !isWordChar(before) && !whiteSpace.test(after) && after !== ' '
  }
  return true
}

const whiteSpace = /\s/
const wordChar = /[\p{L}\p{N}]/u

function isSingle(char: string): boolean {
  return char === "'" || char === '‘' || char === '’'
}

function isWordChar(char: string): boolean {
  return wordChar.test(char)
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length
}

function trimEnd(text: string): number {
  return text.trimEnd().length
}
