import {loadKnowledge, type Knowledge} from '@communique/knowledge'
import {findDates, type FoundDate} from './dates.js'
import {salutationPattern} from './patterns.js'
import {squash, wordCount} from './units.js'

const agencyIndexes = new WeakMap<object, Map<string, string>>()

/**
 * The normalised name of an agency tag: a known tag's name from the knowledge file
 * `agencies.json`, else the tag in title case when it is printed in capitals
 * (`KAZINFORM` → `Kazinform`), else as printed.
 *
 * @param tag
 *   The tag as printed, without brackets or colon.
 * @param knowledge
 *   The knowledge (optional, default: the shipped files).
 * @returns
 *   The agency's name.
 */
export function agencyName(tag: string, knowledge: Readonly<Knowledge> = loadKnowledge()): string {
  const known = knownAgency(tag, knowledge)
  if (known) return known
  if (tag.length > 3 && tag === tag.toUpperCase()) return tag.charAt(0) + tag.slice(1).toLowerCase()
  return tag
}

/**
 * The name of a news agency the knowledge file `agencies.json` knows by this tag, or null.
 *
 * @param tag
 *   A tag as printed (`AFP`, `Anadolu Agency`), any case.
 * @param knowledge
 *   The knowledge.
 * @returns
 *   The agency's name, or null.
 */
export function knownAgency(tag: string, knowledge: Readonly<Knowledge>): string | null {
  let index = agencyIndexes.get(knowledge)
  if (!index) {
    index = new Map()
    for (const entry of knowledge.agencies) for (const known of entry.tags) index.set(known.toLowerCase(), entry.name)
    agencyIndexes.set(knowledge, index)
  }
  return index.get(tag.toLowerCase()) ?? null
}

/** The leading machine date marker: ` date 2022-01-11 …`. */
const stampPattern = /^date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)/

/**
 * Read a leading ` date YYYY-MM-DD` marker.
 *
 * @param text
 *   A block's text.
 * @returns
 *   The date and the length of the marker, or null.
 */
export function readStamp(text: string): {date: string; length: number} | null {
  const match = stampPattern.exec(text)
  if (!match || !isCalendarDate(match[1]!)) return null
  return {date: match[1]!, length: match[0].length}
}

/**
 * Whether `YYYY-MM-DD` is a day of the calendar, in years 1–9999 (not `2023-02-29`, not `0000-01-01`,
 * which XML Schema's `xs:date` refuses).
 *
 * @param iso
 *   A date.
 * @returns
 *   Whether it exists.
 */
export function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return false
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July|August|September|October|November|December`
const dayMonth = String.raw`(?:(?:${month})\s?\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:${month})(?:\s+\d{4})?)`
const placeWord = String.raw`[\p{Lu}][\p{L}'’.-]*`
const place = String.raw`${placeWord}(?:[ -]${placeWord}){0,3}`

/** `BAKU, Azerbaijan, Jan. 11` / `Baku, Azerbaijan, Oct.12` on a line of their own. */
const datelineLine = new RegExp(String.raw`^(${place}(?:,\s*${place}){0,2}),\s*(${dayMonth})\.?$`, 'u')
/** `BAKU. KAZINFORM …` / `ANKARA (AA) – …` / `LONDON, Jan 11 (Reuters) - …` / `WASHINGTON (AP) — …` at a paragraph's start. */
const datelineOpener = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}'’.-]*(?:[ -]\p{Lu}[\p{Lu}'’.-]*){0,3}(?:,\s*${place}){0,2})(?:,\s*(${dayMonth}))?(?:\.\s+(\p{Lu}{3,}(?:\s\p{Lu}{2,})?)\s+(?=\p{Lu}|[\p{Pi}"“«'‘])|\s*\(([\p{L} .]{2,30})\)\s*[-–—:]?\s+|\.?\s*\/(\p{Lu}[\p{L}-]{1,15})\/\.?\s+|\s+[-–—]\s+)`,
  'u'
)
/** `Bogota (AFP) – …`: a place in title case, before a news agency's tag the knowledge files name. */
const titleCaseOpener = new RegExp(String.raw`^(${placeWord}(?:\s${placeWord}){0,2}(?:,\s*${place})?)\s*\(([\p{L} .]{2,30})\)\s*[-–—:]\s+`, 'u')
/** `ANKARA` on a line of its own (Anadolu's style): a place in capitals, not a section word. */
const placeAlone = /^\p{Lu}[\p{Lu}'’.-]{2,}(?:[ -]\p{Lu}[\p{Lu}'’.-]*){0,2}$/u
/** Lines in capitals that are no place: a section or a document's kind, with a word or two before it (`FINAL COMMUNIQUÉ`). */
const notPlaceAlone =
  /^(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,2}(?:UPDATED?|BREAKING|ENDS?|NOTES?|EDITORIAL|OPINION|ANALYSIS|EXCLUSIVE|BACKGROUND|CONTEXT|WATCH|VIDEO|PHOTOS?|LIVE|ANNEX(?:ES)?|PREAMBLE|SUMMARY|TRANSCRIPT|STATEMENT|COMMUNIQU[EÉ]|DECLARATION|DECISION|RESOLUTION|REMARKS|SPEECH|PRESS RELEASE|MEDIA RELEASE|ADVISORY|CORRECTION|TOPICS?|RELATED|ADVERTISEMENT|SHARE|READ MORE|MORE)$/u

/** A dateline found at the start of a text. */
export interface FoundDateline {
  /** The place opener as written. */
  place: string
  /** Where the place ends. */
  placeEnd: number
  /** The date part as written, and where it is. */
  date: {start: number; end: number} | null
  /** The agency tag, where it is (brackets and colon excluded), and its name. */
  agency: {start: number; end: number; name: string} | null
  /** Where the dateline (tags and dashes included) ends. */
  end: number
}

/**
 * Read a news dateline at the start of a text: a line of its own (`BAKU, Azerbaijan, Jan. 11`)
 * or the opener of the first paragraph (`BAKU. KAZINFORM …`, `ANKARA (AA) – …`).
 *
 * @param text
 *   A block's text (or one line of it).
 * @returns
 *   The dateline, or null.
 */
export function readDateline(text: string): FoundDateline | null {
  const line = datelineLine.exec(text)
  if (line) {
    const placeText = line[1]!
    const dateStart = text.indexOf(line[2]!, placeText.length)
    return {
      place: placeText,
      placeEnd: placeText.length,
      date: {start: dateStart, end: dateStart + line[2]!.length},
      agency: null,
      end: text.length
    }
  }
  if (placeAlone.test(text) && !notPlaceAlone.test(text)) return {place: text, placeEnd: text.length, date: null, agency: null, end: text.length}
  const titled = titleCaseOpener.exec(text)
  if (titled) {
    const name = knownAgency(titled[2]!.trim(), loadKnowledge())
    if (name) {
      const start = text.indexOf(titled[2]!, titled[1]!.length)
      return {place: titled[1]!, placeEnd: titled[1]!.length, date: null, agency: {start, end: start + titled[2]!.length, name}, end: titled[0].length}
    }
  }
  const opener = datelineOpener.exec(text)
  if (!opener) return null
  const placeText = opener[1]!
  // The place must be printed in capitals (a dateline convention), one to four words.
  if (!/^\p{Lu}[\p{Lu}'’.\s-]*(?:,|$)/u.test(placeText) || wordCount(placeText.split(',')[0]!, 4) > 4) return null
  let date: FoundDateline['date'] = null
  if (opener[2]) {
    const start = text.indexOf(opener[2], placeText.length)
    date = {start, end: start + opener[2].length}
  }
  let agency: FoundDateline['agency'] = null
  const tag = opener[3] ?? opener[4] ?? opener[5]
  if (tag) {
    const start = text.indexOf(tag, placeText.length)
    agency = {start, end: start + tag.length, name: agencyName(tag.trim())}
  }
  if (!agency && !date && !/[-–—]\s+$/.test(opener[0])) return null
  return {place: placeText.replace(/[.,]$/, ''), placeEnd: placeText.length, date, agency, end: opener[0].length}
}

/**
 * Read an agency line of its own (`Trend:`).
 *
 * @param text
 *   A block's text.
 * @returns
 *   The agency's name and the tag's length, or null.
 */
export function readAgencyLine(text: string): {name: string; length: number} | null {
  const match = /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}):$/u.exec(text.trim())
  if (!match || salutationPattern.test(text.trim())) return null
  return {name: agencyName(match[1]!), length: match[1]!.length}
}

/** `…, Trend reports`, `Kazinform News Agency reports`, `Kazinform learned from …`. */
const reportsPattern =
  /(?:^|[,.;:]\s+|\s)(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}?)((?:\s(?:News|Press|Information))?\s(?:Agency|Service))?\s(?:reports|reported|learned|learnt|has learned)\b/gu

/**
 * Find the outlet a news text names as its own (`Trend reports`, `Kazinform learned from`).
 *
 * @param text
 *   A block's text.
 * @returns
 *   Where the outlet's name is and the name, or null.
 */
export function findReporter(text: string): {start: number; end: number; name: string} | null {
  // Every match ends with `report…` or `learn…` (case-sensitive): most texts have neither.
  if (!text.includes('report') && !text.includes('learn')) return null
  for (const match of text.matchAll(reportsPattern)) {
    const name = match[1]!
    if (/^(?:The|He|She|It|They|We|This|That|Media|Sources?)$/.test(name)) continue
    const start = match.index + match[0].indexOf(name)
    const end = start + name.length + (match[2]?.length ?? 0)
    return {start, end, name: agencyName(name)}
  }
  return null
}

const kindWords = String.raw`statement|declaration|communiqu[eé]|message|resolution|decision|speech|remarks|address|toast`
const organizationWord =
  /\b(?:organi[sz]ation|union|council|league|community|association|cooperation|commonwealth|nations|assembly|forum|secretariat|commission|conference|parliament|bank|fund|alliance|group|bloc|summit|ministers)\b/i
const officialTitle = /\b(?:secretary[- ]general|director[- ]general|executive secretary|chairperson|chairman|chair|commissioner|high representative|president of the commission)\b/i

/** A place or two before a comma (`New York,`, `Cartagena de Indias, Colombia,`). */
const placeBeforeComma = String.raw`\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,40})?,`
const placeDateOpening = new RegExp(String.raw`^${placeBeforeComma}\s+\S`, 'u')
const placeOnly = new RegExp(String.raw`^${placeBeforeComma}\s*$`, 'u')

/**
 * The date of a place-and-date line (`New York, 25 September 2024`, `Foz do Iguaçu, 19–20 December
 * 2025`): the whole line is a place or two and a full date.
 *
 * @param text
 *   One line.
 * @param reference
 *   The document's own date, or null.
 * @returns
 *   The date found (its `until` the last day of a range), or null.
 */
export function placeDateLine(text: string, reference: string | null): FoundDate | null {
  const line = squash(text)
  if (line.length > 80 || !placeDateOpening.test(line)) return null
  const found = findDates(line, reference).at(-1)
  if (!found || found.precision !== 'day' || !found.hasYear || found.value === null || found.relative) return null
  if (line.slice(found.end).replace(/[\s.]+/g, '') !== '') return null
  return placeOnly.test(line.slice(0, found.start)) ? found : null
}

/**
 * The body a release's closing line says issued it: `Issued by the Department of International
 * Relations and Cooperation (DIRCO)` → `Department of International Relations and Cooperation`.
 *
 * @param lines
 *   The document's last lines.
 * @returns
 *   The body's name as printed, or null.
 */
export function issuedBy(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = /^(?:issued|released|published)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}’'&,. -]{2,100}?)(?:\s*\(\p{Lu}[\p{Lu}\d&-]{1,10}\))?\s*\.?$/iu.exec(squash(line))
    if (!match) continue
    const name = match[1]!
    const last = name.split(/\s+/).at(-1)!
    // A body (`… Department`, `… Ministry of …`), not a person (`Issued by Ana Ramos`).
    if (organizationWord.test(name) || /\b(?:department|ministry|office|embassy|mission|presidency|secretariat|directorate)\b/i.test(name)) {
      if (/^\p{Lu}/u.test(last) || /\b(?:of|for)\b/i.test(name)) return name
    }
  }
  return null
}

/**
 * Find the issuing body a statement's or speech's title names (`Statement of the Council of
 * Foreign Ministers of the Organization of Turkic States on …` → the organization; `Speech of
 * Secretary General … at the … Meeting of the Council of … of the X` → X).
 *
 * @param title
 *   The title as written.
 * @param body
 *   The document's text, to recover the case of a title printed in capitals.
 * @returns
 *   The body's name, or null.
 */
export function findIssuer(title: string, body: string): string | null {
  const flat = squash(title)
  const issued = new RegExp(String.raw`\b(?:joint\s+)?(?:${kindWords})\s+(?:(?:adopted|issued|made|delivered|given)\s+)?(?:of|by)\s+(?:the\s+)?(.+?)(?:\s+(?:on|at|following|regarding|concerning|about|in|to|for|upon|after)\s+|[:(]|$)`, 'i').exec(flat)
  if (!issued) return issuerBefore(flat, body)
  const issuer = issued[1]!
  let candidate: string | null = null
  if (organizationWord.test(issuer) && !/\b(?:minister|president|king|prime|leaders?)\b/i.test(issuer.split(/\s+of\s+/i)[0]!)) {
    candidate = outermostBody(issuer)
  } else if (officialTitle.test(issuer)) {
    // An official of an organization speaking at a meeting of one of its bodies.
    const occasion = flat.slice(issued.index + issued[0].length)
    if (organizationWord.test(occasion)) candidate = outermostBody(occasion)
  }
  return candidate ? recoverCase(candidate, body) : null
}

/**
 * The body named before the kind word of a title (`Security Council Press Statement on …`, `G7
 * Foreign Ministers' Statement on …`): capitalised words ending with an organization word.
 */
function issuerBefore(title: string, body: string): string | null {
  const match = new RegExp(String.raw`^(?:The\s+)?((?:[\p{Lu}\d][\p{L}\d.&-]*\s+){0,6}?[\p{Lu}][\p{L}]*)(?:['’]s?)?\s+(?:joint\s+|press\s+)?(?:${kindWords})\b`, 'iu').exec(title)
  if (!match) return null
  const words = match[1]!.split(/\s+/)
  if (!words.every((word) => /^[\p{Lu}\d]/u.test(word))) return null
  const last = words.at(-1)!
  // A group of ministers or leaders (`Quad Leaders’ Joint Statement`) is no issuing body.
  if (!organizationWord.test(last) || /^(?:ministers|leaders)$/i.test(last)) return null
  return recoverCase(match[1]!, body)
}

function outermostBody(phrase: string): string | null {
  // Split on ` of ` / ` of the `, keeping the separators as printed (odd indices).
  const pieces = phrase.split(/(\s+of\s+(?:the\s+)?)/i)
  for (let index = pieces.length - 1; index >= 0; index -= 2) {
    const head = pieces[index]!.replace(/\s*\([^)]*\)\s*$/, '')
    const last = head.split(/\s+/).at(-1) ?? ''
    // A summit is a meeting, no body that issues (`Communiqué of the Extraordinary Summit of …`).
    if (organizationWord.test(last) && /^\p{Lu}/u.test(head) && !/^(?:ministers|summit)$/i.test(last)) {
      return pieces.slice(index).join('').replace(/^the\s+/i, '')
    }
  }
  return null
}

function recoverCase(name: string, body: string): string {
  if (name !== name.toUpperCase()) return name
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  for (const match of body.matchAll(new RegExp(escaped, 'gi'))) {
    if (match[0] !== match[0].toUpperCase()) return squash(match[0])
  }
  const small = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an'])
  return name
    .toLowerCase()
    .split(' ')
    .map((word, index) => (index > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ')
}
