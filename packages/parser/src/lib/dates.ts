// The English locale only: the package's main entry loads every locale (about 270 modules).
import * as chrono from 'chrono-node/en'

/** A date found in a piece of text. */
export interface FoundDate {
  /** Index of the first character in the text searched. */
  start: number
  /** Index after the last character. */
  end: number
  /** ISO value, or null when it cannot be resolved. */
  value: string | null
  precision: 'day' | 'week' | 'month' | 'year'
  /** Whether the text is relative to the document's date (`on Tuesday`, `last week`, `today`). */
  relative: boolean
  /** Whether the text itself gives the year. */
  hasYear: boolean
  /** The last day of a range of days (`18-19 January 2025`: `2025-01-19`), or null. */
  until: string | null
}

const parser = chrono.casual.clone()
const noon = 12

// chrono reads times (`2:09 P.M. AST`), `9/11`, and durations (`next 10 days`) as dates: not dates here.
const slashDate = /^\d{1,2}\/\d{1,2}$/
/** A date of numbers with slashes, day and month in either order (`06/11/2025`). */
const ambiguousNumeric = /^0?(\d{1,2})\/0?(\d{1,2})\/\d{2,4}$/
const duration =
  /^(?:the\s+)?(?:next|past|last|coming)\s+(?:\d+|couple|few|several|two|three|four|five|six|seven|eight|nine|ten)\b|^\d+\s+(?:days?|weeks?|months?|years?)\b|\b(?:couple|few|several)\s+of\b/i
// `now`, `tonight`, `this morning`: a moment, not a date.
const momentOnly = /^(?:(?:right\s+)?now|tonight|this\s+(?:morning|afternoon|evening)|at\s+the\s+moment)$/i
const digit = /\d/
const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i
const yearOnly = /\b(?:in|of|since|until|till|from|by|before|after|during|between)\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(1[89]\d\d|20\d\d)\b(?![-/.]\d)/gi

// chrono-node runs about twenty patterns over every text it is given. Each of its English parsers
// (2.10, casual configuration) matches only text that holds a certain cue (a digit, a month name, a
// weekday, `today`, an amount of time), so a text is handed only to the parsers whose cue it holds,
// and not to chrono at all when it holds none (most paragraphs). Results are the same: a parser left
// out would have found nothing. The cues require what a match itself contains and what must follow
// it; what precedes it only for month and weekday names (`Azerbaijan`, `common` are neither): chrono
// re-runs a pattern on the text after a result or one character after a rejected match, where its
// `(\W|^)` holds mid-word, but no month or weekday name can start there (a result is followed by a
// non-word character, and no month or weekday name starts at the second letter of one). Keep the
// cues supersets when chrono-node is upgraded (`test/dates.test.ts` checks them against chrono); a
// parser not named here is always run.
const monthWord = String.raw`september|february|november|december|january|october|august|march|april|sept\.|june|july|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept|oct\.|nov\.|dec\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec`
const weekdayWord = String.raw`wednesday|thursday|saturday|tuesday|sunday|monday|thurs\.|friday|thurs|thur\.|sun\.|mon\.|tue\.|wed\.|thur|thu\.|fri\.|sat\.|sun|mon|tue|wed|thu|fri|sat|weekend|weekday`
const timeUnit = 'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y'
/** A count: digits (`10`, `1.5`) or words (`a few`, `half an`, `a couple of`, `ten`). */
const count = String.raw`[0-9]+(?:\.[0-9]+)?|an?\b(?:\s{0,2}few)?|few|several|the|half(?:\s{0,2}an?)?|a?\s{0,2}couple\s{0,2}(?:of)?|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten`
/** What may follow the first amount of a duration (`a day and two hours`, `2d3h`). */
const countStart = String.raw`\d|an?|few|several|the|half|couple|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten`
const amount = String.raw`(?:${count})\s{0,3}(?:${timeUnit})`

/**
 * A cue: a pattern that every match of some chrono parsers' patterns matches, and, to try it only
 * when it may match, pieces of three letters one of which every match of the cue holds. A cue
 * regular expression costs about as much as a scan of the text for one such piece, whatever its
 * form; one scan finds the pieces of all cues at once (`piecesHeld`), so most cues are never tried,
 * and a text without any of a cue's pieces cannot match it (the cue still decides when it has one).
 * The cues are non-Unicode and case-insensitive: such a pattern matches an ASCII letter only with
 * an ASCII letter, so a match holds its piece as ASCII letters, as `piecesHeld` reads them. Keep
 * `needs` necessary when a pattern changes (`test/dates.test.ts` checks the cues against chrono).
 */
interface Cue {
  pattern: RegExp
  /** Three-letter pieces, one of which every match of `pattern` holds; none: the cue is always tried. */
  needs?: string[]
}

/** The cues of each group of chrono's English parsers (a text holds the group's cue when it matches one), by the parsers' class names. */
const parserGroups: Array<{cues: Cue[]; parsers: string[]}> = [
  {
    // Numeric dates, times and years.
    cues: [{pattern: /\d/}],
    parsers: ['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser', 'ENYearMonthNameParser']
  },
  {
    // Month names after a separator, `in`, `of` or an ordinal (`11th of`, `1st`, `first`), then a
    // separator, a year, a day or an ordinal in words (`May first`, `Jan.11`).
    cues: [
      {
        pattern: new RegExp(String.raw`(?:^|\W|\d|in|of|st|nd|rd|th)(?:${monthWord})(?:\W|$|\d|of|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)`, 'i'),
        // Every month word starts with one of these.
        needs: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
      }
    ],
    parsers: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser']
  },
  {
    // Weekday names after a separator, `on`, `this`, `last`, `past` or `next`.
    cues: [
      {
        pattern: new RegExp(String.raw`(?:^|\W|on|this|last|past|next)(?:${weekdayWord})(?:\W|$|of|this|last|past|next)`, 'i'),
        // Every weekday word starts with one of these (`wee`: `weekend`, `weekday`).
        needs: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'wee']
      }
    ],
    parsers: ['ENWeekdayParser']
  },
  {
    cues: [
      {
        pattern: /(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night|morning|afternoon|evening|night|midnight|midday|noon|month)(?:\W|$)/i,
        // One piece of each word: `now`, `today`, `night` (`tonight`, `last night`, `midnight`),
        // `tomorrow` and `overmorrow`, `tmr`, `yesterday`, `morning`, `noon` (`afternoon`),
        // `evening`, `midday`, `month`.
        needs: ['now', 'tod', 'nig', 'rro', 'tmr', 'yes', 'rni', 'noo', 'eni', 'dda', 'nth']
      }
    ],
    parsers: ['ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser']
  },
  {
    // `last week`; durations: `within a few days`, `next two weeks`, `a week ago`, `3 days later`.
    // (Three patterns tested one after the other are faster than one with three branches.)
    cues: [
      {
        pattern: new RegExp(String.raw`(?:this|last|past|next|after)\s*(?:${timeUnit})(?:\W|$)`, 'i'),
        needs: ['thi', 'las', 'pas', 'nex', 'aft']
      },
      {
        // Its first words include `in`, `+` and `-`: no piece worth scanning for.
        pattern: new RegExp(
          String.raw`(?:within|in|for|this|last|past|next|after|\+|-)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s{0,3})?${amount}(?:\W|$|and|${countStart})`,
          'i'
        )
      },
      {
        pattern: new RegExp(String.raw`${amount}\s{0,5}(?:ago|before|earlier|later|after|from|henceforth|forward|out)`, 'i'),
        // One piece of each last word (not necessarily a word of its own: `2 daysago`): `ago`,
        // `before`, `earlier`, `later`, `after`, `from`, `henceforth`, `forward`, `out`.
        needs: ['ago', 'bef', 'rli', 'lat', 'aft', 'fro', 'cef', 'rwa', 'out']
      }
    ],
    parsers: ['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENRelativeDateFormatParser']
  }
]

/** Number of letters of a piece: the key of a piece is its letters' numbers (1–26), five bits each. */
const pieceLength = 3
const keyMask = (1 << (5 * pieceLength)) - 1
/** Number (1–26) of each ASCII letter, case aside; 0 for other characters below 128. */
const letterNumber = new Uint8Array(128)
for (let code = 65; code <= 90; code++) {
  letterNumber[code] = code - 64
  letterNumber[code + 32] = code - 64
}

/**
 * A table for `piecesHeld`.
 *
 * @param pieces
 *   Pieces of three ASCII letters (any case), each with the bits to report when a text holds it.
 * @returns
 *   Bits by key of three letters.
 */
export function pieceTable(pieces: ReadonlyArray<readonly [piece: string, bits: number]>): Uint32Array {
  const table = new Uint32Array(keyMask + 1)
  for (const [piece, bits] of pieces) {
    let key = 0
    for (let index = 0; index < pieceLength; index++) {
      const code = piece.charCodeAt(index)
      const number = code < 128 ? letterNumber[code]! : 0
      if (piece.length !== pieceLength || number === 0) throw new Error(`Not three ASCII letters: ${piece}`)
      key = (key << 5) | number
    }
    table[key]! |= bits
  }
  return table
}

/**
 * Which of a table's pieces a text holds, ASCII letters case aside: one pass over the text, reading
 * the last three characters as a key (any character that is not an ASCII letter counts 0, and no
 * piece's key has a 0).
 *
 * @param text
 *   Text.
 * @param table
 *   Table made by `pieceTable`.
 * @returns
 *   The bits of all the pieces the text holds, together.
 */
export function piecesHeld(text: string, table: Uint32Array): number {
  let bits = 0
  let key = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    key = ((key << 5) | (code < 128 ? letterNumber[code]! : 0)) & keyMask
    bits |= table[key]!
  }
  return bits
}

/** Every cue with its group and its bit in `cuePieces` (0: always tried). */
const cueList: Array<{pattern: RegExp; group: number; bit: number}> = []
const piecesOfCues: Array<[string, number]> = []
let cuesWithPieces = 0
for (const [group, {cues}] of parserGroups.entries()) {
  for (const {pattern, needs} of cues) {
    const bit = needs ? 1 << cuesWithPieces++ : 0
    cueList.push({pattern, group, bit})
    if (needs) for (const piece of needs) piecesOfCues.push([piece, bit])
  }
}
const cuePieces = pieceTable(piecesOfCues)
const groupOfParser = new Map<string, number>()
for (const [group, {parsers}] of parserGroups.entries()) for (const name of parsers) groupOfParser.set(name, group)
/** Whether chrono has parsers no group names: those always run. */
const ungrouped = parser.parsers.some((item) => !groupOfParser.has(item.constructor.name))
/** chrono with the parsers of a set of groups (a bit mask), made on first use. */
const parsersOf = new Map<number, chrono.Chrono>()

/**
 * The chrono-node parser to read a text with: chrono with only the parsers whose cue the text holds,
 * or null when it holds none (chrono would find nothing).
 *
 * @param text
 *   Text.
 * @returns
 *   A chrono instance that finds in the text what the full casual English chrono finds, or null.
 */
export function chronoFor(text: string): chrono.Chrono | null {
  // A cue whose pieces the text lacks cannot match it.
  const held = piecesHeld(text, cuePieces)
  let mask = 0
  for (const {pattern, group, bit} of cueList) {
    if ((mask & (1 << group)) === 0 && (bit === 0 || (held & bit) !== 0) && pattern.test(text)) mask |= 1 << group
  }
  if (mask === 0 && !ungrouped) return null
  let found = parsersOf.get(mask)
  if (!found) {
    found = new chrono.Chrono({
      parsers: parser.parsers.filter((item) => {
        const group = groupOfParser.get(item.constructor.name)
        return group === undefined || (mask & (1 << group)) !== 0
      }),
      refiners: parser.refiners
    })
    parsersOf.set(mask, found)
  }
  return found
}

/** Longest text given to chrono-node at once; longer texts are read in pieces of sentences. */
export const chronoPiece = 8192

/**
 * What chrono-node finds in a text, each with the offset of the piece it was found in. Only the
 * parsers that may find something run (none for most paragraphs). A text longer than `chronoPiece`
 * is read in pieces cut after a sentence (or, failing one, at white space): chrono's refiners look
 * at the text before each result, which would make one long paragraph cost the square of its length.
 *
 * @param text
 *   Text to search.
 * @param reference
 *   The document's own date, or null.
 * @returns
 *   Pairs of the piece's offset and a result in it.
 */
function chronoResults(text: string, reference: string | null): Array<[number, chrono.ParsedResult]> {
  const results: Array<[number, chrono.ParsedResult]> = []
  // Made when chrono runs at all (most paragraphs hold no cue).
  let instant: Date | undefined
  for (const [start, end] of textPieces(text, chronoPiece)) {
    const piece = start === 0 && end === text.length ? text : text.slice(start, end)
    const reader = chronoFor(piece)
    if (!reader) continue
    instant ??= reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, noon))
    for (const result of reader.parse(piece, {instant, timezone: 0}, {forwardDate: false})) results.push([start, result])
  }
  return results
}

/** A sentence end (`.`, `!`, `?`, closing quotes) and the white space after it, before a capital or an opening quote. */
const sentenceBreak = /[.!?][”"’»)]*\s+(?=[\p{Lu}“"«])/gu
const whiteSpace = /\s+/g

/**
 * Cut a text into pieces of at most about `size` characters: after the last sentence that ends in
 * the second half of a piece, else at the last white space in it; a piece with neither runs on to
 * the next white space (or the end). Each character is looked at a bounded number of times.
 *
 * @param text
 *   Text.
 * @param size
 *   Length of a piece.
 * @returns
 *   `[start, end]` of each piece, in order, covering the text.
 */
export function textPieces(text: string, size: number): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let start = 0
  while (text.length - start > size) {
    const from = start + (size >> 1)
    const to = start + size
    const cut = lastEnd(sentenceBreak, text, from, to) ?? lastEnd(whiteSpace, text, from, to) ?? firstEnd(text, to)
    if (cut === null || cut >= text.length) break
    result.push([start, cut])
    start = cut
  }
  result.push([start, text.length])
  return result
}

/**
 * Where to cut in `[from, to]`: after the last match of a global pattern that starts before `to`
 * (a match that runs past `to`, a run of white space, is cut at `to`), where white space comes
 * right before the cut; or null.
 *
 * @param pattern
 *   A global (`g`) pattern whose matches end with white space.
 * @param text
 *   Text.
 * @param from
 *   Where matches may start.
 * @param to
 *   Where the cut must be by.
 * @returns
 *   An offset, or null.
 */
function lastEnd(pattern: RegExp, text: string, from: number, to: number): number | null {
  // A bounded slice: a pattern that does not match must not scan the rest of the text (a lookahead
  // may see a few characters past `to`).
  const window = text.slice(from, Math.min(text.length, to + 4))
  const limit = to - from
  let cut: number | null = null
  pattern.lastIndex = 0
  for (let match = pattern.exec(window); match && match.index < limit; match = pattern.exec(window)) {
    const end = Math.min(match.index + match[0].length, limit)
    if (/\s/.test(window.charAt(end - 1))) cut = from + end
  }
  return cut
}

/**
 * The end of the first run of white space at or after an offset, or null.
 *
 * @param text
 *   Text.
 * @param from
 *   Offset.
 * @returns
 *   An offset, or null.
 */
function firstEnd(text: string, from: number): number | null {
  whiteSpace.lastIndex = from
  const match = whiteSpace.exec(text)
  return match ? match.index + match[0].length : null
}

/**
 * Find dates in text with chrono-node, resolved against a reference date.
 *
 * @param text
 *   Text to search.
 * @param reference
 *   The document's own date (`YYYY-MM-DD`), used for relative dates and dates without a year;
 *   null when unknown, in which case such dates get a null value.
 * @returns
 *   Dates, in text order, not overlapping.
 */
export function findDates(text: string, reference: string | null): FoundDate[] {
  const found: FoundDate[] = []
  for (const [offset, result] of chronoResults(text, reference)) {
    let matched = result.text
    let start = offset + result.index
    const {start: component} = result
    // `on 11 January 2022`: chrono keeps the preposition; the date starts after it.
    const lead = /^(?:on|in|of|at|since|by)\s+/i.exec(matched)
    if (lead) {
      start += lead[0].length
      matched = matched.slice(lead[0].length)
    }
    matched = matched.replace(/[\s,;:]+$/, '')
    if (slashDate.test(matched) || duration.test(matched) || momentOnly.test(matched)) continue
    const certainDay = component.isCertain('day')
    const certainMonth = component.isCertain('month')
    const certainYear = component.isCertain('year')
    const isWeekday = component.isCertain('weekday') && !certainDay
    if (component.isCertain('hour') && !certainDay && !certainMonth && !isWeekday) continue
    const relative = isWeekday || /\b(?:today|yesterday|tomorrow|last|next|this|ago)\b/i.test(matched)
    // `morning`, `tonight`: a time of day, not a date.
    if (!certainDay && !certainMonth && !certainYear && !relative) continue
    const precision: FoundDate['precision'] = /\b(?:last|previous|past|this|next)\s+week\b/i.test(matched)
      ? 'week'
      : /\b(?:last|previous|past|this|next)\s+month\b/i.test(matched)
        ? 'month'
        : /\b(?:last|previous|past|this|next)\s+year\b/i.test(matched)
          ? 'year'
          : certainDay || relative
        ? 'day'
        : certainMonth
          ? 'month'
          : 'year'
    const needsReference = relative || !certainYear
    let value: string | null = null
    if (!needsReference || reference !== null) {
      const date = component.date()
      // Only years 1–9999 have a four-digit ISO form (a stamp of 9999-12-31 and `tomorrow` do not).
      const year = date.getUTCFullYear()
      if (year >= 1 && year <= 9999) {
        const iso = date.toISOString().slice(0, 10)
        value =
          precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : precision === 'week' ? isoWeek(date) : iso.slice(0, 4)
        if (!/^\d{4}/.test(value)) value = null
      }
    }
    // `06/11/2025`: 6 November where the day comes first, 11 June in the United States; the text
    // does not say which (a day over 12 would).
    const numeric = ambiguousNumeric.exec(matched)
    if (numeric && numeric[1] !== numeric[2] && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) value = null
    // `18-19 January 2025`, `from 3 to 5 May`: chrono reads the end as a date of its own.
    const last = result.end
    const until =
      value !== null && precision === 'day' && last?.isCertain('day') ? last.date().toISOString().slice(0, 10) : null
    found.push({start, end: start + matched.length, value, precision, relative, hasYear: certainYear, until: until !== null && until > value! ? until : null})
  }
  // A bare year has digits; most paragraphs have none.
  if (digit.test(text)) {
    for (const match of text.matchAll(yearOnly)) {
      const year = match[1]!
      const start = match.index + match[0].length - year.length
      if (found.some((date) => start < date.end && start + 4 > date.start)) continue
      found.push({start, end: start + 4, value: year, precision: 'year', relative: false, hasYear: true, until: null})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Whether a found date names a weekday only (`on Tuesday`).
 *
 * @param text
 *   The date's text.
 * @returns
 *   Whether it is a weekday.
 */
export function isWeekdayText(text: string): boolean {
  return weekday.test(text)
}

function isoWeek(date: Date): string {
  // `setUTCFullYear`, not `Date.UTC`: the latter reads years 0–99 as 1900–1999.
  const day = new Date(0)
  day.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
  const weekdayNumber = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekdayNumber)
  const start = new Date(0)
  start.setUTCFullYear(day.getUTCFullYear(), 0, 1)
  const yearStart = start.getTime()
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${String(day.getUTCFullYear()).padStart(4, '0')}-W${String(week).padStart(2, '0')}`
}
