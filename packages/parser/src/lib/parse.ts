import type {
  Clause,
  ClausePoint,
  DateMention,
  Document,
  FlowContent,
  Kind,
  Paragraph,
  PhrasingContent,
  Position,
  Preamble,
  Text
} from '@communique/doctree'
import type {Root as MdastRoot} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {markBoilerplate} from './boilerplate.js'
import {blocksFromMdast, type Block} from './blocks.js'
import {origin, rules} from './constants.js'
import {findDates, type FoundDate} from './dates.js'
import {findIssuer, findReporter, issuedBy, placeDateLine, readAgencyLine, readDateline, readStamp, type FoundDateline} from './metadata.js'
import {editorialNote, otherDateCue, ownDateCue, speakerLabel, timeMark} from './patterns.js'
import {buildPhrasing, spanPosition, type Span} from './phrasing.js'
import {findQuotes, type FoundQuote, type QuoteProblem} from './quotes.js'
import {attributeQuotes} from './entities/attribution.js'
import {readMeeting} from './entities/meeting.js'
import {classify, newsRoles, speechRoles, statementRoles} from './roles.js'
import {createSource, positionAt, type Source} from './source.js'
import {recognize, type Mention, type ScannedSegment} from './entities/index.js'
import {loadKnowledge, type Knowledge} from '@communique/knowledge'
import {blockLines, squash, subBlock, wordCount, type Role, type Unit} from './units.js'
import {readMasthead, readMastheadAfterTitle} from './masthead.js'

/** Configuration of `parse`. */
export interface ParseOptions {
  /**
   * The kind to read the document as, instead of deciding it from the text (optional).
   */
  kind?: Kind | null | undefined
  /**
   * The knowledge files to read organizations, country variants and agencies from (optional,
   * default: the files shipped with `@communique/knowledge`). Pass `emptyKnowledge` to read from
   * the text alone.
   */
  knowledge?: Readonly<Knowledge> | null | undefined
  /**
   * Whether to recognise people, posts, countries, organizations, places and cited documents
   * (optional, default: `true`).
   */
  mentions?: boolean | null | undefined
}

const markdown = unified().use(remarkParse).freeze()

interface Found {
  dateline: {unit: number; found: FoundDateline} | null
  agencies: Array<{unit: number; start: number; end: number; name: string}>
}

/**
 * Read a diplomatic document into a document tree.
 *
 * The text is parsed as markdown (unified + remark-parse); pure functions then read the document's
 * kind, metadata (date, title, dateline, publisher), structure and quotations from the mdast
 * blocks. Every node read from the text has a `position` in the original text (BOM and CRLF
 * included). Problems (unpaired quotation marks, an unsure kind) become messages on `file`.
 *
 * @param file
 *   The document, as a vfile whose `value` is the decoded text (see `decode`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The document tree.
 * @example
 *   parse(new VFile({path: 'a.md', value: '## Joint Statement\n\n1. We agree.'})).kind // => 'statement'
 */
export function parse(file: VFile, options?: Readonly<ParseOptions> | null): Document {
  const source = createSource(String(file.value ?? ''))
  return fromBlocks(blocksFromMdast(markdown.parse(source.text), source), source, file, options)
}

/**
 * Read a document tree from an mdast tree that remark-parse made of `file`'s text (for unified
 * pipelines: `unified().use(remarkParse).use(…)`), instead of parsing the text again.
 *
 * @param mdast
 *   The mdast root remark-parse produced from `String(file.value)`.
 * @param file
 *   The vfile whose text it is (messages are added to it).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The document tree.
 */
export function fromMdast(mdast: MdastRoot, file: VFile, options?: Readonly<ParseOptions> | null): Document {
  const source = createSource(String(file.value ?? ''))
  return fromBlocks(blocksFromMdast(mdast, source), source, file, options)
}

function fromBlocks(blocks: Block[], source: Source, file: VFile, options?: Readonly<ParseOptions> | null): Document {
  const head: Unit[] = []
  let rest = blocks

  // A leading ` date YYYY-MM-DD …` marker; the rest of its line is a title, a note or a lead.
  let stampDate: string | null = null
  const first = blocks[0]
  const stamp = first && first.kind === 'paragraph' ? readStamp(first.text) : null
  if (first && stamp) {
    stampDate = stamp.date
    head.push({block: subBlock(first, 0, stamp.length), role: {role: 'stamp', date: stamp.date}})
    const from = first.text.length - first.text.slice(stamp.length).trimStart().length
    const to = first.text.trimEnd().length
    if (to > from) {
      const remainder = subBlock(first, from, to)
      head.push({block: remainder, role: remainderRole(remainder.text)})
    }
    rest = blocks.slice(1)
  }

  // A website's masthead before the title (issuer or outlet, section, symbol, date line), and its
  // byline and date lines after it.
  const knowledge = options?.knowledge ?? loadKnowledge()
  const hasTitle = head.some((unit) => unit.role.role === 'title')
  const masthead = hasTitle ? null : readMasthead(rest, knowledge, isTitleBlock)
  let mastheadDate = masthead?.date ?? null
  if (masthead && masthead.blocksBefore > 0) {
    head.push(...masthead.before)
    rest = rest.slice(masthead.blocksBefore)
  }
  // The title as the last line of a block of masthead lines: it stands for that block.
  if (masthead?.title) rest = [masthead.title, ...rest.slice(1)]

  // The title: a heading, a bold paragraph, or a headline-like first line.
  let outletAfterTitle: string | null = null
  const candidate = rest[0]
  if (!hasTitle && candidate && rest.length > 1 && isTitleBlock(candidate)) {
    head.push({block: candidate, role: {role: 'title'}})
    rest = rest.slice(1)
    const after = readMastheadAfterTitle(rest, knowledge)
    if (after.to > 0) {
      // A standfirst before the masthead lines stays where it is, before them.
      if (after.from === 1) head.push({block: rest[0]!, role: {role: 'standfirst'}})
      head.push(...after.units)
      rest = rest.slice(after.to)
      mastheadDate ??= after.date
      outletAfterTitle = after.outlet
    }
  }
  // What relative and year-less dates are read against: the scraper's stamp, else the page's date line.
  const reference = stampDate ?? mastheadDate

  let body: Unit[] = rest.map((block) => ({block, role: block.kind === 'heading' ? {role: 'subheading'} : {role: 'paragraph'}}))
  body = markBoilerplate(body)
  let units = [...head, ...body]
  const found = findNewsMarks(units)

  const titleUnit = units.find((unit) => unit.role.role === 'title')
  // `… Summit [as delivered]`: an editorial tag after the title is no part of it.
  // `(LEAD) S. Korea, …`, `(2nd LD) …`: an agency's tag before the title is no part of it either.
  const title = titleUnit
    ? squash(titleUnit.block.text)
        .replace(/\s*[[(](?:as\s+delivered|check\s+against\s+delivery|unofficial\s+translation|transcript|video|updated?)[\])]$/i, '')
        .replace(/^\((?:LEAD|URGENT|UPDATE(?:\s+\d+)?|\d+(?:st|nd|rd|th)\s+LD(?:\s+[A-Z]+)?|LD\s+[A-Z]+|CORRECTED|REFILE|News\s+Focus|Yearender)\)\s+/, '')
    : null
  const classification = classify({
    title,
    hasDateline: found.dateline !== null,
    datelineIsPlaceDate: found.dateline !== null && isPlaceDateLine(unitText(units, found.dateline.unit), found.dateline.found),
    hasAgency: found.agencies.length > 0,
    hasStamp: stampDate !== null,
    masthead: masthead?.blocksBefore ? masthead.says : null,
    units
  })
  const kind = options?.kind ?? classification.kind
  if (!options?.kind && !classification.certain) {
    const scores = Object.entries(classification.scores)
      .map(([name, score]) => `${name} ${score.toFixed(1)}`)
      .join(', ')
    const message = file.message(
      `Cannot tell with certainty what kind of document this is; read as \`${kind}\` (evidence: ${scores}). Pass the kind explicitly if this is wrong`,
      {place: positionAt(source, 0, source.text.length).start, ruleId: rules.unclassified, source: origin}
    )
    message.fatal = false
  }

  const headCount = head.length
  const bodyUnits = units.slice(headCount)
  const roled =
    kind === 'statement'
      ? statementRoles(bodyUnits)
      : kind === 'speech'
        ? speechRoles(bodyUnits)
        : newsRoles(bodyUnits, titleUnit !== undefined, found.dateline ? found.dateline.unit - headCount : -1)
  // A standfirst is a news item's; in a statement or speech the paragraph is a paragraph.
  const headUnits = kind === 'news' ? units.slice(0, headCount) : units.slice(0, headCount).map((unit) => (unit.role.role === 'standfirst' ? {...unit, role: {role: 'paragraph'} as const} : unit))
  units = [...headUnits, ...roled]

  // Metadata.
  const datelineDate = found.dateline?.found.date
    ? findDates(unitText(units, found.dateline.unit).slice(found.dateline.found.date.start, found.dateline.found.date.end), reference).find(
        (date) => date.precision === 'day' && date.value !== null
      )?.value ?? null
    : null
  fillVenues(units, reference)
  const date = documentDate(kind, units, reference, datelineDate)
  const fullText = units.map((unit) => unit.block.text).join('\n')
  let publisher: string | null = null
  if (kind === 'news') {
    const tag = found.dateline?.found.agency?.name ?? found.agencies[0]?.name ?? null
    // The agency's fuller name when its masthead prints it (`Yonhap News Agency` over `(Yonhap)`).
    const printed = masthead?.issuer ?? outletAfterTitle
    publisher = tag && printed && printed.length > tag.length && printed.toLowerCase().startsWith(tag.toLowerCase()) ? printed : (tag ?? printed)
  } else {
    publisher =
      (title ? findIssuer(title, fullText) : null) ??
      masthead?.issuer ??
      issuedBy(units.slice(-4).flatMap((unit) => unit.block.text.split('\n'))) ??
      null
  }

  // Mentions: people, posts, countries, organizations, places, cited documents.
  const places = new Map<number, Array<{start: number; end: number; name: string}>>()
  if (kind === 'news' && found.dateline) {
    const text = unitText(units, found.dateline.unit)
    const place = found.dateline.found.place
    const start = text.indexOf(place)
    if (start >= 0) places.set(found.dateline.unit, [{start, end: start + place.length, name: place.split(',')[0]!.trim()}])
  }
  for (const [index, unit] of units.entries()) {
    if (unit.role.role === 'venue' && unit.role.place) {
      const where = unit.role.place.split(',').map((part) => part.trim()).find((part) => !/^(?:via|by)\s/i.test(part)) ?? ''
      const start = unit.block.text.indexOf(where)
      if (start >= 0) places.set(index, [{start, end: start + where.length, name: where}])
    }
  }
  const recognized =
    options?.mentions === false
      ? null
      : recognize(
          units.map((unit, index) => ({index, text: unit.role.role === 'stamp' ? '' : unit.block.text, role: unit.role.role === 'boilerplate' ? 'boilerplate' : unit.role.role})),
          knowledge,
          places
        )

  // Quotations, read over the whole document in order (they may run over paragraphs), and who said them.
  const quotable = units.map((unit, index) => ({unit, index})).filter(({unit}) => unit.role.role !== 'stamp')
  const quoted = findQuotes(quotable.map(({unit}) => unit.block.text))
  // A speech's speaker: named in the title, else on a line under it (`H.E. Ana Ramos` above the venue).
  const segmentOf = (role: string) => recognized?.segments.find((segment) => segment.segment.role === role)
  const personIn = (role: string) =>
    recognized?.segments
      .find((segment) => segment.segment.role === role && segment.mentions.some((mention) => mention.kind === 'person'))
      ?.mentions.find((mention): mention is Extract<Mention, {kind: 'person'}> => mention.kind === 'person')
  const titleSpeaker = kind === 'speech' ? personIn('title') : undefined
  const venueSpeaker = kind === 'speech' && !titleSpeaker ? personIn('venue') : undefined
  const lineSpeaker = kind === 'speech' && !titleSpeaker && !venueSpeaker ? speakerLine(recognized?.segments ?? [], units) : undefined
  const speakerEntity = (titleSpeaker ?? venueSpeaker ?? lineSpeaker)?.entity ?? null
  // `Remarks by the Minister for Foreign Affairs of …` over `H.E. Ana Ramos`: the post the title
  // names is the speaker's, when the text gives them none.
  if (recognized && venueSpeaker) {
    const titleRole = segmentOf('title')?.mentions.find((mention): mention is Extract<Mention, {kind: 'role'}> => mention.kind === 'role' && !mention.plural)
    const record = recognized.people.find((person) => person.entity === venueSpeaker.entity)
    if (titleRole && record && record.roles.length === 0) {
      record.roles.push({post: titleRole.post, function: titleRole.function, country: titleRole.country, organization: titleRole.organization})
      venueSpeaker.role = titleRole
    }
  }
  const attributions = recognized
    ? attributeQuotes(
        recognized.segments,
        recognized.people,
        quoted.quotes.map((quote) => ({segment: quotable[quote.block]!.index, start: quote.start, end: quote.end, continued: quote.continued})),
        speakerEntity
      )
    : []
  const meeting = recognized ? readMeeting(recognized.segments, recognized.people, {kind, date, speaker: speakerEntity, knowledge}) : null

  const tree: Document = {
    type: 'document',
    kind,
    date,
    title,
    dateline: kind === 'news' && found.dateline ? found.dateline.found.place : null,
    publisher,
    people: recognized?.people ?? [],
    meeting,
    children: [],
    position: positionAt(source, 0, source.text.length)
  }
  const mentions = new Map<number, Mention[]>()
  for (const segment of recognized?.segments ?? []) mentions.set(segment.segment.index, segment.mentions)
  tree.children = toFlow(units, found, source, file, date ?? reference, kind, mentions, {
    ...quoted,
    quotes: quoted.quotes.map((quote, index) => {
      const attribution = attributions[index]
      return {...quote, block: quotable[quote.block]!.index, speaker: attribution?.speech ? attribution.speaker : null}
    })
  })
  return tree
}

function remainderRole(text: string): Role {
  if (editorialNote.test(text)) return {role: 'boilerplate', reason: 'editorial'}
  const dateline = readDateline(text)
  if (dateline && dateline.end === text.length) return {role: 'paragraph'}
  if (isHeadline(text)) return {role: 'title'}
  return {role: 'paragraph'}
}

function isTitleBlock(block: Block): boolean {
  if (block.kind === 'heading') return true
  if (block.kind !== 'paragraph') return false
  if (block.strong) return true
  const text = block.text.trim()
  // A title over two or three lines in capitals (`DECISION No. 3/24` / `APPOINTMENT OF …`), as
  // official documents print theirs.
  if (/[\r\n]/.test(text)) {
    const lines = text.split(/\s*[\r\n]+\s*/)
    return lines.length <= 3 && wordCount(text, 30) <= 30 && lines.every((line) => /\p{Lu}{2}/u.test(line) && !/\p{Ll}{2}/u.test(line.replace(/\b(?:No|Nos|Rev|Add|Corr)\b\.?/g, '')))
  }
  if (readAgencyLine(text) || timeMark.test(text)) return false
  const dateline = readDateline(text)
  if (dateline) return false
  return isHeadline(text)
}

function isHeadline(text: string): boolean {
  const flat = squash(text)
  if (/[\r\n]/.test(text.trim())) return false
  const words = wordCount(flat, 30)
  if (words > 30 || words < 2) return false
  if (/[.;,:]$/.test(flat)) return false
  if (/\b(?:reports|reported)\b/.test(flat)) return false
  // More than one sentence is a lead, not a headline.
  return !/[a-z]{2}[.!?]\s+\p{Lu}/u.test(flat)
}

/** Whether a dateline is its whole line and ends in a date with a year (`Kuwait City, 6 April 2025`). */
function isPlaceDateLine(text: string, dateline: FoundDateline): boolean {
  return dateline.agency === null && dateline.date !== null && dateline.end >= squash(text).length && /\b\d{4}\.?\s*$/.test(text)
}

function unitText(units: readonly Unit[], index: number): string {
  return units[index]?.block.text ?? ''
}

/**
 * A speech's speaker on a line of their own under the title, with their post and nothing else
 * (`Director General Ingrid Solheim-Brekke` between a date line and `(As prepared for delivery)`).
 */
function speakerLine(segments: readonly ScannedSegment[], units: readonly Unit[]): Extract<Mention, {kind: 'person'}> | undefined {
  const title = units.findIndex((unit) => unit.role.role === 'title')
  if (title < 0) return undefined
  for (const segment of segments) {
    if (segment.segment.index <= title || segment.segment.index > title + 3) continue
    const text = segment.segment.text
    for (const mention of segment.mentions) {
      if (mention.kind !== 'person') continue
      const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1
      const lineEnd = text.includes('\n', mention.end) ? text.indexOf('\n', mention.end) : text.length
      const before = text.slice(lineStart, mention.start)
      // The post opens the line (a post read across the line before, `Austria⏎Director General`, too).
      const post = segment.mentions.find((other) => other.kind === 'role' && other.start <= lineStart && other.end > lineStart && other.end <= mention.start)
      if (text.slice(mention.end, lineEnd).trim() === '' && (before.trim() === '' || (post && /^\s*$/.test(text.slice(post.end, mention.start))))) return mention
    }
  }
  return undefined
}

/** Find the dateline, agency lines and `X reports` in the first body units of a text. */
function findNewsMarks(units: readonly Unit[]): Found {
  const result: Found = {dateline: null, agencies: []}
  let looked = 0
  // The first paragraphs, past a photo's caption (`[Photo] …`) and a summary's short points.
  for (let index = 0; index < units.length && looked < 5; index++) {
    const unit = units[index]!
    if (unit.role.role !== 'paragraph' || /^\s*\[/.test(unit.block.text)) continue
    looked++
    const text = unit.block.text
    const agency = readAgencyLine(text)
    if (agency && !result.dateline) {
      result.agencies.push({unit: index, start: 0, end: agency.length, name: agency.name})
      continue
    }
    if (!result.dateline && result.agencies.length === 0) {
      const dateline = readDateline(text)
      if (dateline) {
        result.dateline = {unit: index, found: dateline}
        if (dateline.end === text.length) continue
      }
    }
    const reporter = findReporter(text)
    if (reporter) result.agencies.push({unit: index, ...reporter})
    if (looked >= 1 && (result.dateline || result.agencies.length > 0) && index > 0) break
  }
  // `Trend reports` further down the first paragraphs.
  if (result.agencies.length === 0) {
    for (let index = 0, seen = 0; index < units.length && seen < 3; index++) {
      if (units[index]!.role.role !== 'paragraph') continue
      seen++
      const reporter = findReporter(units[index]!.block.text)
      if (reporter) {
        result.agencies.push({unit: index, ...reporter})
        break
      }
    }
  }
  return result
}

/** Fill in venue places and dates (`Istanbul, 11 January 2022`). */
function fillVenues(units: Unit[], reference: string | null): void {
  for (const unit of units) {
    if (unit.role.role !== 'venue') continue
    const text = unit.block.text
    const dates = findDates(text, reference).filter((date) => date.precision === 'day' && date.value !== null && !date.relative)
    const date = dates[0] ?? null
    // `Via Teleconference` says how, not where; `H.E. Ana Ramos` who.
    const lines = blockLines(unit.block)
      .map((line) => line.text)
      .filter(
        (line) =>
          !/^(?:via|by)\s/i.test(line) &&
          !/^(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|(?:Deputy\s+|Vice\s+|Prime\s+|Foreign\s+)?(?:Secretary|Minister|President|Ambassador|Director|Chairperson|Chairman|Commissioner|High\s+Representative)\b)/.test(line)
      )
    let place = lines.join(', ')
    if (date) {
      // The kept lines, without the date.
      const kept = lines.join('\n')
      const at = findDates(kept, reference).find((found) => found.value === date.value)
      const before = at ? kept.slice(0, at.start) : kept
      place = squash(`${before}${at ? kept.slice(at.end) : ''}`.replace(/[\r\n]+/g, ', ')).replace(/^[,\s]+|[,\s]+$/g, '')
      if (!place) place = squash(before)
    }
    unit.role = {role: 'venue', place: place || null, date: date?.value ?? null}
  }
}

function documentDate(kind: Kind, units: readonly Unit[], stampDate: string | null, datelineDate: string | null): string | null {
  if (kind === 'news') return datelineDate ?? stampDate
  if (kind === 'speech') {
    const venue = units.find((unit) => unit.role.role === 'venue' && unit.role.date)
    return (venue?.role.role === 'venue' ? venue.role.date : null) ?? deliveryLine(units, stampDate) ?? stampDate
  }
  // Statements: where it was signed or done, else a place-and-date line under the title, else the
  // meeting it came from (its last day: a statement is adopted as a meeting ends), else the stamp.
  const own = (texts: string[], cue: RegExp): string | null => {
    for (const text of texts) {
      for (const sentence of sentences(text)) {
        if (!cue.test(sentence.text)) continue
        for (const found of findDates(sentence.text, stampDate)) {
          if (found.precision !== 'day' || !found.hasYear || found.value === null || found.relative) continue
          if (otherDateCue.test(sentence.text.slice(0, found.start))) continue
          return found.until ?? found.value
        }
      }
    }
    return null
  }
  const closings = units.filter((unit) => unit.role.role === 'closing' || unit.role.role === 'signature').map((unit) => unit.block.text)
  const signed = own(closings, /\b(?:signed|done|adopted|issued|made)\b/i)
  if (signed) return signed
  const opening = units
    .filter((unit) => ['paragraph', 'formula', 'clause', 'title'].includes(unit.role.role))
    .slice(0, 4)
    .map((unit) => unit.block.text)
  return placeDate(opening.slice(0, 2), stampDate) ?? own(opening, ownDateCue) ?? stampDate
}

/**
 * The date a speech's first lines open with when no venue line gives one (`Tuesday, March 4, 2025,
 * 10:32 a.m. Press Conference Room, …`): a full date at the start of one of its first two paragraphs,
 * a short one (at most 20 words) that is no speaker's turn.
 */
function deliveryLine(units: readonly Unit[], reference: string | null): string | null {
  const opening = units.filter((unit) => unit.role.role === 'paragraph').slice(0, 2)
  for (const unit of opening) {
    // `Delivered on Tuesday, 14 October 2025, at the IIEA, … .`: its first sentence says when.
    const delivered = /^(?:delivered|given|spoken|pronounced)\b/i.test(unit.block.text)
    const text = delivered ? unit.block.text.split(/(?<=\.)\s+(?=\p{Lu})/u)[0]! : unit.block.text
    if (wordCount(text, 20) > 20 || speakerLabel.test(text)) continue
    const found = findDates(text, reference)[0]
    // `Tuesday, March 4, 2025, 10:32 a.m. …`, `Delivered on Tuesday, 14 October 2025, at the IIEA`.
    const opens = found ? found.start <= 12 || (found.start <= 40 && delivered) : false
    if (found && opens && found.precision === 'day' && found.hasYear && !found.relative && found.value !== null) return found.value
  }
  return null
}

/**
 * The date of a place-and-date line (`New York, 25 September 2024`) among a statement's first
 * paragraphs: the whole line is a place or two and a full date.
 */
function placeDate(texts: readonly string[], reference: string | null): string | null {
  // A line of its own (`Paris, 24/10/2024` over `[Unofficial translation]`), or a paragraph.
  for (const text of texts.flatMap((value) => [value, ...(value.includes('\n') ? value.split('\n').slice(0, 3) : [])])) {
    const found = placeDateLine(text, reference)
    if (found) return found.value
  }
  return null
}

function sentences(text: string): Array<{text: string; start: number}> {
  const result: Array<{text: string; start: number}> = []
  let consumed = 0
  for (const piece of text.split(/(?<=[a-z0-9)”"’][.!?])\s+(?=\p{Lu})/u)) {
    result.push({text: piece, start: consumed})
    consumed += piece.length + 1
  }
  return result
}

/** Turn the units into flow content, with their phrasing. */
function toFlow(
  units: Unit[],
  found: Found,
  source: Source,
  file: VFile,
  reference: string | null,
  kind: Kind,
  mentions: Map<number, Mention[]>,
  quoted: {quotes: Array<FoundQuote & {speaker: string | null}>; problems: QuoteProblem[]}
): FlowContent[] {
  const {quotes, problems} = quoted
  const spans = new Map<number, Span[]>()
  const add = (unit: number, span: Span) => {
    const list = spans.get(unit)
    if (list) list.push(span)
    else spans.set(unit, [span])
  }
  for (const quote of quotes) {
    add(quote.block, {
      start: quote.start,
      end: quote.end,
      make: (children, position) => ({
        type: 'quote',
        open: quote.open,
        close: quote.close,
        continued: quote.continued,
        speaker: quote.speaker,
        children,
        position
      })
    })
  }
  const quotable = units.map((unit, index) => ({unit, index})).filter(({unit}) => unit.role.role !== 'stamp')
  for (const problem of problems) {
    const unit = units[quotable[problem.block]!.index]!
    const place = spanPosition(unit.block, source, problem.index, problem.index + 1)
    const reason =
      problem.kind === 'unclosed'
        ? `Unclosed quotation mark \`${problem.mark}\`: the quotation runs to the end of the paragraph; add the closing mark`
        : `Unexpected closing quotation mark \`${problem.mark}\` with no opening mark; add the opening mark or remove this one`
    const message = file.message(reason, {
      place,
      ruleId: problem.kind === 'unclosed' ? rules.unclosedQuote : rules.unopenedQuote,
      source: origin
    })
    message.fatal = false
  }

  if (found.dateline && kind === 'news') {
    const {unit, found: dateline} = found.dateline
    add(unit, {start: 0, end: dateline.end, make: (children, position) => ({type: 'dateline', place: dateline.place, children, position})})
    if (dateline.agency) {
      const {start, end, name} = dateline.agency
      add(unit, {start, end, make: (children, position) => ({type: 'agency', name, children: onlyText(children), position})})
    }
  }
  for (const agency of kind === 'news' ? found.agencies : []) {
    add(agency.unit, {
      start: agency.start,
      end: agency.end,
      make: (children, position) => ({type: 'agency', name: agency.name, children: onlyText(children), position})
    })
  }

  const flow: FlowContent[] = []
  let preamble: Preamble | null = null
  let operative: {node: Extract<FlowContent, {type: 'operative'}>; open: Array<Clause | ClausePoint>} | null = null

  for (const [index, unit] of units.entries()) {
    const {block, role} = unit
    const unitSpans = spans.get(index) ?? []
    if (kind === 'speech' && (role.role === 'paragraph' || role.role === 'closing')) {
      const label = speakerLabel.exec(block.text)
      if (label) {
        const value = label[1]! + ':'
        unitSpans.push({start: 0, end: value.length, make: (_children, position) => ({type: 'label', value, position})})
      }
    }
    if (role.role !== 'stamp') {
      for (const date of findDates(block.text, reference)) unitSpans.push(dateSpan(date))
    }
    const unitMentions = mentions.get(index) ?? []
    const holders = new Map<Mention, string>()
    for (const mention of unitMentions) {
      if (mention.kind !== 'person' || !mention.entity) continue
      // The post next to the name, and the one before it when the post after it was taken.
      for (const post of [mention.role, mention.before]) if (post) holders.set(post, mention.entity)
    }
    for (const mention of unitMentions) unitSpans.push(mentionSpan(mention, holders, reference))
    const phrasing = (): PhrasingContent[] => buildPhrasing({block, source, from: 0, to: block.text.length}, unitSpans)
    const position = positionAt(source, block.start, Math.max(block.start, block.end))

    if (role.role !== 'recital' && role.role !== 'formula') preamble = null
    if (role.role !== 'clause' && role.role !== 'point' && !(operative && block.kind === 'item' && block.marker === null)) operative = null

    switch (role.role) {
      case 'stamp':
        flow.push({type: 'stamp', date: role.date, value: block.text, position})
        break
      case 'title':
      case 'subheading':
        flow.push({type: 'heading', role: role.role, children: phrasing(), position})
        break
      case 'standfirst':
      case 'salutation':
      case 'closing':
        flow.push({type: role.role, children: phrasing(), position})
        break
      case 'paragraph': {
        const paragraph: Paragraph = {type: 'paragraph', children: phrasing(), position}
        const openNode = operative?.open.at(-1)
        if (operative && openNode && block.kind === 'item') {
          openNode.children.push(paragraph)
          extend(openNode, position)
          extend(operative.node, position)
        } else flow.push(paragraph)
        break
      }
      case 'boilerplate':
        flow.push({type: 'boilerplate', reason: role.reason, children: phrasing(), position})
        break
      case 'venue':
        flow.push({type: 'venue', place: role.place, date: role.date, children: phrasing(), position})
        break
      case 'signature':
        flow.push({type: 'signature', label: role.label, name: role.name, role: role.title, children: phrasing(), position})
        break
      case 'recital':
      case 'formula': {
        if (!preamble) {
          preamble = {type: 'preamble', children: [], position: {...position}}
          flow.push(preamble)
        }
        preamble.children.push(
          role.role === 'recital'
            ? {type: 'recital', opener: role.opener, children: phrasing(), position}
            : {type: 'formula', children: phrasing(), position}
        )
        extend(preamble, position)
        break
      }
      case 'clause':
      case 'point': {
        // Its own copy: extending the clause later must not move its paragraph's end.
        const outer = block.marker ? positionAt(source, block.outerStart, block.end) : {start: {...position.start}, end: {...position.end}}
        const paragraph: Paragraph = {type: 'paragraph', children: phrasing(), position}
        if (!operative) {
          operative = {node: {type: 'operative', children: [], position: {...outer}}, open: []}
          flow.push(operative.node)
        }
        if (role.role === 'clause') {
          const clause: Clause = {type: 'clause', marker: role.marker, num: role.num, children: [paragraph], position: outer}
          operative.node.children.push(clause)
          operative.open = [clause]
        } else {
          const point: ClausePoint = {type: 'point', marker: role.marker, num: role.num, children: [paragraph], position: outer}
          const depth = Math.max(1, role.depth - 1)
          operative.open = operative.open.slice(0, depth)
          const parent = operative.open.at(-1)
          if (parent) {
            parent.children.push(point)
            for (const ancestor of operative.open) extend(ancestor, outer)
          } else {
            // A point with no clause before it: read it as a clause.
            const clause: Clause = {type: 'clause', marker: role.marker, num: role.num, children: [paragraph], position: outer}
            operative.node.children.push(clause)
            operative.open = [clause]
            break
          }
          operative.open.push(point)
        }
        extend(operative.node, outer)
        break
      }
    }
  }
  return flow
}

function mentionSpan(mention: Mention, holders: ReadonlyMap<Mention, string>, reference: string | null): Span {
  const base = {start: mention.start, end: mention.end}
  switch (mention.kind) {
    case 'country':
      return {...base, make: (children, position) => ({type: 'country', code: mention.code, form: mention.form, children: onlyText(children), position})}
    case 'organization':
      return {
        ...base,
        make: (children, position) => ({type: 'organization', name: mention.name, acronym: mention.acronym, parent: mention.parent, children, position})
      }
    case 'place':
      return {...base, make: (children, position) => ({type: 'place', name: mention.name, country: mention.country, children: onlyText(children), position})}
    case 'citation': {
      const date = mention.date ? (findDates(mention.date, reference).find((found) => found.value !== null)?.value ?? null) : null
      return {...base, make: (children, position) => ({type: 'citation', title: mention.title, date, children, position})}
    }
    case 'role': {
      const holder = holders.get(mention)
      return {
        ...base,
        make: (children, position) => ({
          type: 'role',
          function: mention.function,
          country: mention.country,
          organization: mention.organization,
          holder: holder ?? null,
          children,
          position
        })
      }
    }
    case 'person':
      return {...base, make: (children, position) => ({type: 'person', entity: mention.entity, name: mention.name, children: onlyText(children), position})}
    case 'honorific':
      return {...base, make: (_children, position, value) => ({type: 'honorific', value, position})}
  }
}

function dateSpan(date: FoundDate): Span {
  return {
    start: date.start,
    end: date.end,
    make: (children, position): DateMention => ({
      type: 'date',
      value: date.value,
      precision: date.precision,
      relative: date.relative,
      children: onlyText(children),
      position
    })
  }
}

function onlyText(children: PhrasingContent[]): Text[] {
  const texts: Text[] = []
  for (const child of children) {
    if (child.type === 'text') texts.push(child)
    else if ('children' in child) texts.push(...onlyText(child.children as PhrasingContent[]))
    else texts.push({type: 'text', value: child.value, ...(child.position ? {position: child.position} : {})})
  }
  return texts
}

function extend(node: {position?: Position}, position: Position): void {
  if (!node.position) {
    node.position = {start: {...position.start}, end: {...position.end}}
    return
  }
  if (position.end.offset > node.position.end.offset) node.position.end = {...position.end}
  if (position.start.offset < node.position.start.offset) node.position.start = {...position.start}
}
