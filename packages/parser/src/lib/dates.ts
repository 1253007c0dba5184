import * as chrono from 'chrono-node'

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
}

const parser = chrono.en.casual.clone()
const noon = 12

// chrono reads times (`2:09 P.M. AST`), `9/11`, and durations (`next 10 days`) as dates: not dates here.
const slashDate = /^\d{1,2}\/\d{1,2}$/
const duration =
  /^(?:the\s+)?(?:next|past|last|coming)\s+(?:\d+|couple|few|several|two|three|four|five|six|seven|eight|nine|ten)\b|^\d+\s+(?:days?|weeks?|months?|years?)\b|\b(?:couple|few|several)\s+of\b/i
// `now`, `tonight`, `this morning`: a moment, not a date.
const momentOnly = /^(?:(?:right\s+)?now|tonight|this\s+(?:morning|afternoon|evening)|at\s+the\s+moment)$/i
const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i
const yearOnly = /\b(?:in|of|since|until|till|from|by|before|after|during|between)\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(1[89]\d\d|20\d\d)\b(?![-/.]\d)/gi

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
  const instant = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, noon))
  const results = parser.parse(text, {instant, timezone: 0}, {forwardDate: false})
  const found: FoundDate[] = []
  for (const result of results) {
    let matched = result.text
    let start = result.index
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
    found.push({start, end: start + matched.length, value, precision, relative, hasYear: certainYear})
  }
  for (const match of text.matchAll(yearOnly)) {
    const year = match[1]!
    const start = match.index + match[0].length - year.length
    if (found.some((date) => start < date.end && start + 4 > date.start)) continue
    found.push({start, end: start + 4, value: year, precision: 'year', relative: false, hasYear: true})
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
