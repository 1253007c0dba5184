import {fold, organizationIndex, type Knowledge} from '@communique/knowledge'
import type {Block} from './blocks.js'
import {findDates} from './dates.js'
import {isCalendarDate, knownAgency, placeDateLine} from './metadata.js'
import {organizationHeads} from './entities/words.js'
import {blockLines, squash, wordCount, type Unit} from './units.js'

/**
 * A line of a page's masthead: what a website prints around a document's title without being part
 * of it. `issuer` is the body or outlet (`Council of the EU`, `BALKAN WIRE`), `label` the section
 * or genre (`Press release`, `Meetings Coverage and Press Releases`), `symbol` a document symbol
 * (`SC/15731`, `PSC/PR/COMM.1213 (2024)`), `date` a date line (`18 November 2024 18:40`,
 * `Published: 21 May 2024`, `12.04.2024`), `byline` the writer (`By Jane Doe`).
 */
export type MastheadLine =
  | {kind: 'issuer'; name: string; body: boolean}
  | {kind: 'label'; release: boolean}
  | {kind: 'symbol'}
  | {kind: 'date'; date: string; issuer?: {name: string; body: boolean} | undefined}
  | {kind: 'byline'}

/** What `readMasthead` found: the masthead's units and what they say. */
export interface Masthead {
  /** Units before the title (boilerplate, reason `masthead`), one per line. */
  before: Unit[]
  /** How many of the blocks given they take. */
  blocksBefore: number
  /**
   * The title, when it is the last line of a block whose other lines are masthead lines (`Speech` over
   * the title): it stands for the block at `blocksBefore`.
   */
  title?: Block
  /** The issue date a date line gives (the first), or null. */
  date: string | null
  /** The first issuer line, as printed, or null. */
  issuer: string | null
  /**
   * What the masthead says of the document's kind: `release` for a press release or statement
   * label, or an issuing body (a ministry, a council) without one; `outlet` for a news outlet's name
   * (`BALKAN WIRE`); null when it says nothing.
   */
  says: 'release' | 'outlet' | null
}

const label =
  /^(?:press|news|media)\s+(?:releases?|statements?|briefings?|notes?|advisory|items?)(?:\s+(?:no\.?|nº|n°|#)\s*\d+(?:\/\d+)?)?$|^meetings\s+coverage(?:\s+and\s+press\s+releases)?$|^for\s+information\s+media\b|^(?:news|statements?|speech(?:es)?|communiqu[eé]s|press|newsroom|information\s+note|latest\s+news|original\s*:\s*\p{L}+|(?:[\p{Lu}/]{2,8}\s+)?blog|live\s+updates?\s*:?|share(?:\s+this(?:\s+(?:article|page|story))?)?|\p{L}+\s+edition)$|^\[[^\]\n]{2,40}\]$|^[[(](?=[^\])\n]{0,100}\b(?:translation|version|delivery|delivered)\b)[^\])\n]{2,100}[\])]$|^(?:unofficial|provisional|informal|official)\s+translation\b[^\n]{0,80}$/iu
/** A site's address (`Government.nl`, `www.mfa.gov.tr`) or a breadcrumb trail (`Home > Documents > Speeches`). */
const siteLine = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,3}|gov|org|int)$|^[^>\n]{1,30}(?:\s+[>›»]\s+[^>\n]{1,60}){1,6}$|^home(?:\s+\/\s+[^/\n]{1,60}){1,6}$|^[^/\n]{1,30}(?:\s+\/\s+[^/\n]{1,60}){2,6}$/iu
/** Section tags parted by slashes: `ANALYSIS / AFRICA`, `World / Europe`. */
const sectionsWithSlashes = /^\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*)?(?:\s+\/\s+\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*)?){1,4}$/u
/** Section tags: `Politics | Europe`, `All, Japan, World, Politics` (each a word or two in title case). */
const sectionTag = /^\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*)?$/u
const symbol = /^[A-Z]{1,8}(?:\.[A-Z]+)?(?:\(\d+\))?(?:\/[A-Za-z0-9][A-Za-z0-9.-]*)+\.?(?:\s+\d+)?(?:\s+\([A-Z0-9/-]+\))?$|^[A-Z]{1,8}\(\d{2,4}\)\d+(?:[-/.][A-Za-z0-9]+)*$/
/**
 * The lines of an official document's header (UN, OSCE, OAS): distribution and language
 * (`Distr.: General`, `Original: ENGLISH`), the meeting (`Malta 2024`, `FIFTY-FOURTH REGULAR SESSION`,
 * `Second day of the Thirty-First Meeting`), the journal (`MC(31) Journal No. 2, Agenda item 8`).
 */
/** A month's name or its abbreviation, as a word. */
const months = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)`
const documentHeader = new RegExp(
  String.raw`^(?:distr(?:ibution)?\.?\s*:?\s*\p{L}+|original\s*:\s*\p{L}+|(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+(?:19|20)\d\d|(?:[\p{L}-]+\s+)?(?:regular|special|extraordinary|ordinary|plenary)\s+session|(?:first|second|third|fourth|fifth|sixth|seventh|last)\s+day\s+of\s+the\s+[\p{L}-]+\s+(?:meeting|session)|[A-Z]{1,6}\(\d+\)\s+journal\s+no\.?\s*\d+(?:,\s*agenda\s+item\s+\d+)?|(?:\d+(?:st|nd|rd|th)|[IVXLC]{2,8})\s+(?:(?:ordinary|regular|special|extraordinary|plenary|annual)\s+)?(?:session|meeting|summit)(?:\s+of\s+(?:the\s+)?[\p{L}' -]{2,80})?|\((?:\p{Lu}[\p{L}.'’ -]+,\s*){1,2}\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+\p{L}+\s+\d{4}\)|(?=[\p{L}\d-]*\p{L})[\p{Lu}\d][\p{L}\d-]*(?:\s(?!${months})\p{Lu}[\p{L}-]+){1,3}\s+(?:19|20)\d\d)$`,
  'iu'
)
// Case-sensitive: with `i`, `\p{Lu}` would match any letter (`By the end of the year`).
const byline = /^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|al|bin|and))*(?:\s*[,|]\s*[\p{L} ]{2,40})?$/u
const datePrefix = /^(?:(?:first\s+)?published|posted|updated?|last\s+updated|issued|released|date)(?:\s+on)?\s*:?\s*/i
/** A time after a date line's date: `18:40`, `| 10:15 GMT`, `- 2:09 PM`. */
const timeSuffix = /\s*[|,–—-]?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|CET|CEST|EST|EDT|[A-Z]{2,4}T)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?$/i
const numericDate = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/
/** A time alone, as one part of a masthead line: `10:15 GMT`. */
const timeOnly = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?$/i
/** A writer's name alone, as one part of a masthead line with a date: `Seda Kaya | 03.02.2025`. */
const namePart = /^\p{Lu}[\p{Ll}’'-]+(?:\s+(?:\p{Lu}[\p{L}’'-]+|de|da|van|von|der|al|bin)){1,3}$/u
/** A writer's name with the post after it: `Losana Vakaloloma, RNZ Pacific Journalist`. */
const bylineWithPost = new RegExp(
  String.raw`^${namePart.source.slice(1, -1)},\s+(?:\S+\s+){0,4}(?:[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Pp]roducer|[Cc]ontributor)$`,
  'u'
)
/** A place as one part of a masthead line with a date: `Asunción, Paraguay`. */
const placePart = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}$/u
/** Where a date line goes on to its update: `03.02.2025 - Update : 03.02.2025`. */
const updateBreak = /\s+[-–—]\s+(?=(?:last\s+)?updated?\b)/i
/** A credit in a masthead line of parts: `Source: Xinhua`, `Editor: Jane Doe`, `Photo: …`. */
const credit = /^(?:source|editor|editors|writer|author|photo|photos|credit|reporter|web\s+editor|category|categories|tags?|topics?|section)\s*:\s*\S.{0,60}$/i
/** Words that make a line a title or a sentence rather than a masthead's name line. */
const notIssuer = /\b(?:statement|communiqu[eé]|declaration|remarks|speech|address|resolution|meeting|summit|session|conference|decision|press|report|on|with|at|to|says?|said|is|are|was|were|will|has|have)\b/iu
const issuerWord = /^(?:\p{Lu}[\p{L}’'.&-]*|[dl]['’]\p{Lu}[\p{L}’'.&-]*|of|the|and|for|in|de|du|des|aux|au|la|le|las|los|da|das|do|dos|del|di|e|y|et|für|und|&)$/u
const bodyHeads = new Set([
  ...organizationHeads, 'office', 'department', 'embassy', 'mission', 'delegation', 'presidency', 'ministry', 'sector', 'division',
  'directorate', 'bureau', 'section', 'unit',
  // The same heads in the languages official sites keep their own name in.
  'ministério', 'ministerio', 'ministère', 'ministerium', 'ministero', 'secretaría', 'secretaria', 'cancillería', 'gobierno',
  'governo', 'gouvernement', 'presidencia', 'presidência', 'présidence', 'consejo', 'conselho', 'conseil', 'comisión', 'comissão',
  'assemblée', 'asamblea', 'assembleia', 'organización', 'organização', 'comité', 'comitê', 'comitato', 'communauté', 'comunidad',
  'comunidade'
])
const outletHeads = new Set([
  'wire', 'news', 'times', 'post', 'herald', 'tribune', 'gazette', 'daily', 'press', 'telegraph', 'journal', 'radio', 'tv',
  'television', 'media', 'broadcasting', 'observer', 'chronicle', 'guardian', 'standard', 'independent', 'monitor', 'courier',
  'inquirer', 'express', 'mirror', 'star', 'globe', 'sun', 'nation', 'mail', 'review', 'bulletin', 'dispatch', 'today', 'agency',
  'agence', 'weekly', 'insider', 'online'
])
/** Labels that say the document is the issuer's own (a statement), not a report about it. */
const releaseLabel = /^(?:press|news|media)\s+(?:releases?|statements?)$|^(?:statements?|communiqu[eé]s)$/iu

/**
 * What kind of masthead line a line is, or null when it is none.
 *
 * @param text
 *   One line, trimmed.
 * @param knowledge
 *   Organizations the knowledge files name (an issuer line may be one).
 * @returns
 *   The line's kind (with its date or name), or null.
 */
export function mastheadLine(text: string, knowledge: Readonly<Knowledge>): MastheadLine | null {
  const line = squash(text)
  if (line.length === 0 || line.length > 120) return null
  // `Source: Xinhua | 2024-06-05 21:14:30 | Editor: Jane Doe`, `Seda Kaya |03.02.2025 - Update :
  // 03.02.2025`, two columns of an official header (`FIFTY-FOURTH REGULAR SESSION      OEA/Ser.P`):
  // parts, every one of them a masthead line (a writer's name too, beside a date).
  const columns = /\S {3,}\S/.test(text.trim())
  // `12.03.2026 - Press release`: a date and a label set apart by a dash.
  const dashed = !/[|·•]/.test(line) && /\s[-–—]\s/.test(line) && line.split(/\s+[-–—]\s+/).some((part) => dateLine(part) !== null)
  const bars = /[|·•]/.test(line)
  if (bars || updateBreak.test(line) || columns || dashed) {
    const pieces = (
      columns
        ? text.trim().split(/ {3,}/)
        : bars || dashed
          ? line.split(/\s*[|·•]\s*|\s+[-–—]\s+/)
          : line.split(/\s+[-–—]\s+(?=(?:last\s+)?updated?\b)/i)
    )
      .map((piece) => piece.trim())
      .filter((piece) => piece.length > 0)
    if (pieces.length < 2) return null
    // Section tags, one word at least among them (`News | Arab League`; not two names, `Rosa Mena | Luis Paz`).
    const single = pieces.some((piece) => /^\p{Lu}[\p{L}&'’-]*$/u.test(piece) || piece.includes(','))
    const tags = (part: string) => single && part.split(/\s*,\s*/).every((tag) => sectionTag.test(tag))
    // `ENGLISH | 한국어 | 中文`: every piece of a language switcher is a tag.
    const switcher = pieces.some((piece) => /^[\p{Lo}\p{M}]{1,12}$/u.test(piece)) && pieces.every((piece) => wordCount(piece, 3) <= 2)
    const parts = pieces.map((part) =>
      switcher
        ? ({kind: 'label', release: false} as const)
        : credit.test(part)
        ? ({kind: 'byline'} as const)
        : timeOnly.test(part)
          ? ({kind: 'label', release: false} as const)
          : (mastheadLine(part, knowledge) ?? (tags(part) ? ({kind: 'label', release: false} as const) : null))
    )
    const found = parts.find((part) => part?.kind === 'date')
    // `ANDES NEWS - Mar 22, 2025 - 21:08 | …`: the date, with the outlet beside it.
    const named = parts.find((part) => part?.kind === 'issuer')
    const date = found?.kind === 'date' && named?.kind === 'issuer' ? {...found, issuer: {name: named.name, body: named.body}} : found
    // Beside a date: a writer's name (`Seda Kaya |03.02.2025`), a place (`Asunción, Paraguay      28 June 2024`).
    if (parts.some((part, index) => part === null && !(date && (namePart.test(pieces[index]!) || placePart.test(pieces[index]!))))) return null
    // Without a date every part is a masthead line.
    return date ?? parts[0]!
  }
  if (label.test(line)) return {kind: 'label', release: releaseLabel.test(line)}
  // `Europe live`: a live page's section (not `Andes Live`, an outlet's name).
  if (/^\p{Lu}\p{L}+ live$/u.test(line)) return {kind: 'label', release: false}
  // A breadcrumb ending in the issuer's own kind of page (`Home » Media Centre » Communiqués`) says what a release label says.
  if (siteLine.test(line)) return {kind: 'label', release: /[>›»/]\s*(?:press\s+releases?|statements?|communiqu[eé]s|declarations?|media\s+releases?)$/iu.test(line)}
  // `ANALYSIS / AFRICA`: section tags parted by slashes.
  if (documentHeader.test(line) || sectionsWithSlashes.test(line)) return {kind: 'label', release: false}
  if (symbol.test(line)) return {kind: 'symbol'}
  if ((byline.test(line) || bylineWithPost.test(line)) && wordCount(line, 12) <= 12) return {kind: 'byline'}
  const date = dateLine(line)
  if (date) return {kind: 'date', date}
  // `From Department of Foreign Affairs`, `European External Action Service (EEAS)` (the acronym
  // says no more); `General Secretariat – Jeddah` (a body, where it sits).
  // `MERCOSUR – Mercado Común del Sur / Mercado Comum do Sul`: an acronym, then the names it stands for.
  const spelled = /^(\p{Lu}{3,10})\s+[–—-]\s+\p{Lu}[\p{L}'’ /-]{4,100}$/u.exec(line)
  if (spelled && !notIssuer.test(line)) return {kind: 'issuer', name: spelled[1]!, body: true}
  const bare = line.replace(/^from\s+/i, '').replace(/\s+\(\p{Lu}{2,10}\)$/u, '')
  const sits = /^(.+?)\s+[–—-]\s+\p{Lu}[\p{L}'’ -]{1,30}$/u.exec(bare)
  // `France Diplomatie – Ministry for Europe and Foreign Affairs`: a site's name, then the body's.
  const site = /^\p{Lu}[\p{L}.'’ -]{1,30}?\s+[–—-]\s+(\p{Lu}.+)$/u.exec(bare)
  const name = sits && issuerKind(sits[1]!, knowledge) === 'body' ? sits[1]! : site && issuerKind(site[1]!, knowledge) === 'body' ? site[1]! : bare
  const issuer = issuerKind(name, knowledge)
  if (issuer) return {kind: 'issuer', name, body: issuer === 'body'}
  return null
}

function dateLine(line: string): string | null {
  const value = line
    .replace(datePrefix, '')
    // `January 29, 2026 8:14 PM GMT+8 Updated 2 hours ago`.
    .replace(/\s+(?:last\s+)?updated?\b.*$/i, '')
    .replace(timeSuffix, '')
    .replace(/[\s,.|]+$/, '')
    .trim()
  if (value.length === 0 || wordCount(value, 6) > 6) return null
  const numeric = numericDate.exec(value)
  if (numeric) {
    // `12.04.2024`, `26-09-2025`: day, month, year, as the sites that print them mean it. With
    // slashes, sites in the United States put the month first: a day over 12 decides, else no date.
    let [day, month] = [Number(numeric[1]), Number(numeric[3])]
    if (numeric[2] === '/') {
      if (day <= 12 && month <= 12 && day !== month) return null
      if (month > 12) [day, month] = [month, day]
    }
    const iso = `${numeric[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    return isCalendarDate(iso) ? iso : null
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isCalendarDate(value) ? value : null
  const found = findDates(value, null)
  const only = found.length === 1 ? found[0]! : undefined
  if (!only || only.precision !== 'day' || !only.hasYear || only.relative || only.value === null) return null
  // The date must be the whole line, but for a weekday before it (`Tuesday, 21 May 2024`).
  const rest = (value.slice(0, only.start) + value.slice(only.end)).replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i, '').replace(/[\s,.]+/g, '')
  return rest.length === 0 ? only.value : null
}

/** Whether a line names an issuing body (`Ministry of Foreign Affairs of …`, `AFRICAN UNION`) or an outlet (`BALKAN WIRE`), or neither. */
function issuerKind(line: string, knowledge: Readonly<Knowledge>): 'body' | 'outlet' | null {
  if (/[.:;,!?]$/.test(line) || /\d/.test(line) || notIssuer.test(line)) return null
  // `United Nations Secretary-General`: an office.
  if (/\b(?:secretary[- ]general|director[- ]general|high\s+representative|spokesperson)$/i.test(line) && line.split(' ').length <= 6) return 'body'
  const words = line.split(' ')
  if (words.length > 10) return null
  const known = organizationIndex(knowledge).entries
  if (known.has(fold(line)) || known.has(fold(line.replace(/^the\s+/i, '')))) return 'body'
  // A news agency the knowledge files name (`AFP`, `TASS`): its name differs from its tag.
  if (words.length <= 3 && knownAgency(line, knowledge)) return 'outlet'
  if (!words.every((word) => issuerWord.test(word))) return null
  const keys = words.map((word) => word.toLowerCase())
  // `Media and Communication Sector`: a body's department, by its head word, the last.
  if (bodyHeads.has(keys.at(-1)!) && !outletHeads.has(keys.at(-1)!)) return 'body'
  if (keys.some((word) => outletHeads.has(word))) return 'outlet'
  if (keys.some((word) => bodyHeads.has(word))) return 'body'
  const letters = line.replace(/[^\p{L}]/gu, '')
  // `BALKAN WIRE`, `NORDIC TIMES`: a name in capitals, with no word that says it is a body.
  return letters.length >= 4 && letters === letters.toUpperCase() && words.length <= 5 ? 'outlet' : null
}

/**
 * Read the masthead lines before a document's title: the leading blocks whose every line is a
 * masthead line, when a title-like block follows them. Nothing is read when none follows (the
 * first block is then the title, or there is none).
 *
 * @param blocks
 *   The document's blocks (after a leading stamp).
 * @param knowledge
 *   Knowledge files (organization names).
 * @param isTitle
 *   Whether a block reads as a title.
 * @returns
 *   The masthead.
 */
export function readMasthead(blocks: readonly Block[], knowledge: Readonly<Knowledge>, isTitle: (block: Block) => boolean): Masthead {
  const none: Masthead = {before: [], blocksBefore: 0, date: null, issuer: null, says: null}
  const before: Unit[] = []
  let date: string | null = null
  let issuer: string | null = null
  let release = false
  let body = false
  let outlet = false
  let index = 0
  let title: Block | undefined
  for (; index < blocks.length && index < 4; index++) {
    const block = blocks[index]!
    if (block.kind !== 'paragraph' && block.kind !== 'heading') break
    let read = mastheadBlock(block, knowledge, 6, index === 0, true)
    if (!read) {
      // `Speech` / `Minister X's keynote address at …`: masthead lines, then the title as the block's last line.
      const lines = blockLines(block)
      const last = lines.at(-1)
      const head = lines.length > 1 && last && isTitle(last) ? mastheadLines(lines.slice(0, -1), knowledge, index === 0, true) : null
      if (!head || !last) break
      read = head
      title = last
    }
    for (const [line, kind] of read) {
      if (kind.kind === 'date') date ??= kind.date
      const named = kind.kind === 'issuer' ? kind : kind.kind === 'date' ? kind.issuer : undefined
      if (named) {
        // `ECOWAS | CEDEAO` over `Economic Community of West African States`: the name the acronym stands for.
        if (issuer !== null && abbreviates(issuer, named.name)) issuer = named.name
        issuer ??= named.name
        if (named.body) body = true
        else outlet = true
      }
      if (kind.kind === 'label' && kind.release) release = true
      before.push(mastheadUnit(line))
    }
    if (title) break
  }
  const says = release || (body && !outlet) ? 'release' : outlet ? 'outlet' : null
  if (title) return index < blocks.length - 1 ? {before, blocksBefore: index, title, date, issuer, says} : none
  if (index === 0 || index >= blocks.length - 1 || !isTitle(blocks[index]!)) return none
  return {before, blocksBefore: index, date, issuer, says}
}

/**
 * Read the byline, outlet and date lines printed right after a title (`By Jane Doe`, `AFP`,
 * `Published: 21 May 2024`): at most three blocks whose every line is one, right after the title, or
 * after a standfirst (one short paragraph) when they hold a date line (`Headline / A sentence that
 * says more / 9 OCT 2025, 14:05`).
 *
 * @param blocks
 *   The blocks after the title.
 * @param knowledge
 *   Knowledge files.
 * @returns
 *   The units (boilerplate, reason `masthead`), the blocks they take (`from`, `to`: `from` is 1 after
 *   a standfirst), the first date and the first outlet.
 */
export function readMastheadAfterTitle(
  blocks: readonly Block[],
  knowledge: Readonly<Knowledge>
): {units: Unit[]; from: number; to: number; date: string | null; outlet: string | null} {
  for (const from of [0, 1]) {
    if (from === 1 && !standfirstLike(blocks[0])) break
    const units: Unit[] = []
    let date: string | null = null
    let outlet: string | null = null
    // Names in capitals read as bylines, which only a date line after them confirms.
    let names = 0
    let index = from
    for (; index < blocks.length - 1 && index < from + 3; index++) {
      const block = blocks[index]!
      if (block.kind !== 'paragraph') break
      const read = mastheadBlock(block, knowledge, 3)
      // An outlet's name may follow the title (`AFP`, `Pacific Observer`), not a body's (it would be a
      // heading) nor a word in capitals alone (`ISTANBUL` is a dateline). A writer's name in capitals
      // (`SANTIAGO TORRES MEJÍA`) reads as an outlet's: it is a byline when a date line follows.
      // A writer's bare name (`Tahir Naseer Khattak`) reads as nothing: a byline too when a date line follows.
      const bare = !read && blockLines(block).length === 1 && namePart.test(squash(block.text)) && !notIssuer.test(block.text)
      if (bare) {
        names++
        units.push(mastheadUnit(block))
        continue
      }
      // A body's name beside a date line is the page's (`From Department of Foreign Affairs` / `Published on …`).
      const dated = read?.some(([, kind]) => kind.kind === 'date') === true
      if (!read || read.some(([, kind]) => kind.kind === 'issuer' && ((kind.body && !dated) || (!kind.body && !namedOutlet(kind.name, knowledge) && !capitalName(kind.name))))) break
      for (const [line, kind] of read) {
        if (kind.kind === 'date') date ??= kind.date
        if (kind.kind === 'issuer' && namedOutlet(kind.name, knowledge)) outlet ??= kind.name
        if (kind.kind === 'issuer' && !kind.body && !namedOutlet(kind.name, knowledge)) names++
        units.push(mastheadUnit(line))
      }
    }
    if (index > from && (from === 0 || date !== null) && (names === 0 || date !== null)) return {units, from, to: index, date, outlet}
  }
  return {units: [], from: 0, to: 0, date: null, outlet: null}
}

/** A person's name in capitals, two to four words (`SANTIAGO TORRES MEJÍA`). */
function capitalName(line: string): boolean {
  return /^\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’.-]*){1,3}$/u.test(line)
}

/** Whether a line names an outlet by a word outlets are named with, or is an agency the knowledge files name. */
function namedOutlet(line: string, knowledge: Readonly<Knowledge>): boolean {
  return knownAgency(line, knowledge) !== null || line.split(' ').some((word) => outletHeads.has(word.toLowerCase()))
}

/** Whether a block reads as a standfirst: one line of at most 45 words, a paragraph. */
function standfirstLike(block: Block | undefined): boolean {
  return block !== undefined && block.kind === 'paragraph' && blockLines(block).length === 1 && wordCount(block.text, 45) <= 45
}

/** A block's lines with what each is, when it has at most `maxLines` and every one is a masthead line; else null. */
function mastheadBlock(block: Block, knowledge: Readonly<Knowledge>, maxLines: number, first = false, beforeTitle = false): Array<[Block, MastheadLine]> | null {
  const lines = blockLines(block)
  if (lines.length === 0 || lines.length > maxLines) return null
  return mastheadLines(lines, knowledge, first, beforeTitle)
}


/** Lines with what each is, when every one is a masthead line; else null. */
function mastheadLines(lines: readonly Block[], knowledge: Readonly<Knowledge>, first: boolean, beforeTitle: boolean): Array<[Block, MastheadLine]> | null {
  // Over a title, a place and a date is the document's (after it, the venue of a speech).
  const kinds = lines.map((line) => {
    const kind = mastheadLine(line.text, knowledge)
    const placed = !kind && beforeTitle ? placeDateLine(line.text, null) : null
    return placed ? ({kind: 'date', date: placed.until ?? placed.value!} as const) : kind
  })
  const short = lines.map((line) => shortName(squash(line.text)))
  const read: Array<[Block, MastheadLine]> = []
  for (const [index, line] of lines.entries()) {
    let kind = kinds[index]!
    // `Al Jazeera` / `News | Arab League`, `DW` / `Politics | Europe`: a short name over section tags or
    // a breadcrumb trail is the outlet's; `RNZ` / `Pacific` opening the page: an acronym over a section.
    if (!kind && index === 0 && lines.length > 1 && short[0]) {
      const rest = kinds.slice(1)
      if (rest.every((other) => other?.kind === 'label') || (first && /^\p{Lu}{2,6}$/u.test(squash(line.text)) && short.every(Boolean))) {
        kind = {kind: 'issuer', name: squash(line.text), body: false}
      }
    }
    // `gov.br` / `Presidência da República` / `Planalto`: a short name beside an issuer is the site's or a section's.
    // `Towards a Common Future`: a motto beside an issuer.
    if (!kind && (short[index] || motto(squash(line.text))) && kinds.some((other) => other?.kind === 'issuer')) kind = {kind: 'label', release: false}
    if (!kind) return null
    kinds[index] = kind
    read.push([line, kind])
  }
  return read
}

/** A motto: two to six words opening with a capital, no digits, no sentence's end, no title's word. */
function motto(line: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){1,5}$/u.test(line) && !notIssuer.test(line)
}

/** Whether a line is a short name (an outlet's, a site's, a section's) and says nothing more. */
function shortName(line: string): boolean {
  return outletName.test(line) && !notIssuer.test(line)
}

/**
 * Whether an acronym stands for a name: the initials of its words, or of its capitalised words, spell it
 * (`ECOWAS`: `Economic Community of West African States`).
 */
function abbreviates(acronym: string, name: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return false
  const words = name.split(/[\s-]+/).filter((word) => word.length > 0)
  return initials(words) === acronym || initials(words.filter((word) => /^\p{Lu}/u.test(word))) === acronym
}

/** The first letters of words, in capitals. */
function initials(words: readonly string[]): string {
  return words.map((word) => word.charAt(0).toUpperCase()).join('')
}

/** A short name (an outlet's): one to three words with capitals, or an acronym. */
const outletName = /^(?:\p{Lu}{2,6}|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})$/u

function mastheadUnit(line: Block): Unit {
  return {block: line, role: {role: 'boilerplate', reason: 'masthead'}}
}
