import type {Kind} from '@communique/doctree'
import {blockLines, squash, wordCount, type Role, type Unit} from './units.js'
import {
  formulaPattern,
  ingOpener,
  operativeVerb,
  personalHonorific,
  recitalOpeners,
  salutationPattern,
  speakerLabel,
  speechClosing,
  titleHonorific,
  titleWord
} from './patterns.js'

/** What the classifier weighs. */
export interface Evidence {
  title: string | null
  hasDateline: boolean
  /**
   * Whether the dateline is a place and a full date on a line of their own (`Kuwait City, 6 April
   * 2025`), which statements print under their title as well (optional): weak evidence of news.
   */
  datelineIsPlaceDate?: boolean
  hasAgency: boolean
  hasStamp: boolean
  /** What a website's masthead says: the issuer's own release, or a news outlet's page (optional). */
  masthead?: 'release' | 'outlet' | null
  units: readonly Unit[]
}

/** The kind chosen, the score of each kind, and whether any evidence was found at all. */
export interface Classification {
  kind: Kind
  scores: Record<Kind, number>
  certain: boolean
}

const statementTitle =
  /\b(?:statement|declaration|communiqu[eé]|message|resolution|decision|press\s+release|joint\s+appeal|conclusions|summary)(?![\p{L}\p{N}_])/iu
const speechTitle = /\b(?:speech|remarks|address|toast|lecture|keynote|opening\s+words|(?:press|news)\s+(?:conference|briefing)|interview)\b/i
const newsVerb = /\b(?:adopts?|adopted|issues?|issued|releases?|released|makes?|made|welcomes?|welcomed|says?|said|delivers?|delivered|gives?|gave)\s+(?:a\s+|an\s+|the\s+|joint\s+)*$/i

/**
 * Decide what a document is, from the evidence in its text.
 *
 * Scores: the title's head noun (`Joint Statement`, `Remarks by …`, not `… adopts statement`),
 * news marks (dateline, agency, reporting verbs), speech marks (speaker labels, salutations,
 * first person singular, `Thank you.`), statement marks (recitals, enacting formula, numbered
 * clauses, `We, the …`).
 *
 * @param evidence
 *   What the recognizers found.
 * @returns
 *   The kind and the scores.
 */
export function classify(evidence: Evidence): Classification {
  const scores: Record<Kind, number> = {statement: 0, speech: 0, news: 0}
  const title = evidence.title ? squash(evidence.title) : ''
  for (const [kind, pattern] of [
    ['statement', statementTitle],
    ['speech', speechTitle]
  ] as const) {
    const match = pattern.exec(title)
    if (match && !newsVerb.test(title.slice(0, match.index))) scores[kind] += 4
  }
  if (evidence.hasDateline) scores.news += evidence.datelineIsPlaceDate ? 1 : 4
  if (evidence.hasAgency) scores.news += 3
  if (evidence.hasStamp) scores.news += 1
  if (evidence.masthead === 'release') scores.statement += 3
  if (evidence.masthead === 'outlet') scores.news += 3

  const body = evidence.units.filter((unit) => unit.role.role === 'paragraph')
  const text = body.map((unit) => unit.block.text).join('\n')
  const words = Math.max(1, wordCount(text))
  const reported = (text.match(/\b(?:said|says|added|noted|stressed|told|according\s+to|reports?|reported)\b/g) ?? []).length
  const firstSingular = (text.match(/\b(?:I|I’m|I'm|I’d|I'd|I’ve|I've|my|me)\b/g) ?? []).length
  const firstPlural = (text.match(/\b(?:We|we|our|Our|us)\b/g) ?? []).length
  scores.news += Math.min(3, (reported / words) * 300)
  scores.speech += Math.min(3, (firstSingular / words) * 200)

  let recitals = 0
  let formulas = 0
  let items = 0
  for (const unit of body) {
    const first = unit.block.text.trimStart()
    if (unit.block.kind === 'item') items++
    else if (recitalOpeners.test(first) && /[,;]\s*$/.test(first)) recitals++
    else if (formulaPattern.test(first) || /^We,\s+the\b/.test(first)) formulas++
    if (speakerLabel.test(first)) scores.speech += 4
    if (salutationPattern.test(first.trim())) scores.speech += 2
  }
  scores.statement += Math.min(4, recitals * 2) + Math.min(4, formulas * 4) + Math.min(2, items / 2)
  if (firstPlural / words > 0.02 && firstSingular === 0) scores.statement += 1
  const last = body.at(-1)?.block.text.trim() ?? ''
  if (speechClosing.test(last)) scores.speech += 2

  // Ties go to `news`, the most general kind (a report about something).
  const order: Kind[] = ['news', 'statement', 'speech']
  const ranked = order.map((kind): [Kind, number] => [kind, scores[kind]]).sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  return {kind: best![0], scores, certain: best![1] > 0 && best![1] - second![1] >= 1}
}

const open = (unit: Unit) => unit.role.role === 'paragraph'

/**
 * Give a statement's body units their roles: narrative introduction, recitals, enacting formula,
 * operative clauses and their points, closing sentence, signatures.
 *
 * @param units
 *   Body units in order (boilerplate already marked).
 * @returns
 *   The units with roles.
 */
export function statementRoles(units: Unit[]): Unit[] {
  // `The General Assembly,` before the recitals: the enacting authority (a formula, UN style).
  const firstOpen = units.findIndex(open)
  const authority =
    firstOpen >= 0 && isAuthority(units, firstOpen) ? firstOpen : -1
  const formula = units.findIndex(
    (unit, index) => index !== authority && open(unit) && unit.block.kind !== 'item' && isFormula(units, index)
  )
  const firstItem = units.findIndex((unit) => open(unit) && unit.block.kind === 'item' && !isPersonItem(unit))
  // Without a formula or a list, operative paragraphs open with a verb after the recitals.
  const firstVerb = units.findIndex(
    (unit, index) => index > authority && open(unit) && !recitalOpener(unit.block.text) && operativeVerb.test(unit.block.text.trim())
  )
  // `… adopted the following decision:`, then `The Peace and Security Council,` and its recitals
  // before the clauses (AU style): the preamble follows the formula.
  const afterFormula = formula >= 0 ? units.findIndex((unit, index) => index > formula && open(unit)) : -1
  const lateAuthority = afterFormula >= 0 && isAuthority(units, afterFormula) ? afterFormula : -1
  const lateStart =
    lateAuthority >= 0
      ? units.findIndex((unit, index) => index > lateAuthority && open(unit) && (unit.block.kind === 'item' || (!recitalOpener(unit.block.text) && operativeVerb.test(unit.block.text.trim()))))
      : -1
  const operativeStart = lateStart >= 0 ? lateStart : formula >= 0 ? formula + 1 : firstItem >= 0 ? firstItem : authority >= 0 ? firstVerb : -1
  const result = units.map((unit) => ({...unit}))

  // Preamble: recitals before the formula (or before the first clause when there is none), or
  // after the authority that follows it.
  const preambleEnd = lateStart >= 0 ? lateStart : formula >= 0 ? formula : operativeStart
  let firstRecital = -1
  for (let index = (lateStart >= 0 ? lateAuthority : authority) + 1; index < preambleEnd; index++) {
    const unit = result[index]!
    if (!open(unit) || unit.block.kind === 'item') continue
    const opener = recitalOpener(unit.block.text)
    if (opener) {
      unit.role = {role: 'recital', opener}
      if (firstRecital < 0) firstRecital = index
    }
  }
  if (formula >= 0) result[formula]!.role = {role: 'formula'}
  if (authority >= 0) result[authority]!.role = {role: 'formula'}
  if (lateStart >= 0) result[lateAuthority]!.role = {role: 'formula'}

  if (operativeStart < 0) return result

  // Operative part.
  const hasItems = result.slice(operativeStart).some((unit) => open(unit) && unit.block.kind === 'item' && !isPersonItem(unit))
  let lastClause = -1
  let lastClauseText = ''
  let subList = false
  // A rule (`_______`) with notes under it ends the operative part: what follows are footnotes.
  const rule = result.findIndex((unit, index) => index > operativeStart && unit.block.kind === 'mark' && /^[\s_]{5,}$/.test(unit.block.text) && result.slice(index + 1).some(open))
  const operativeEnd = rule >= 0 ? rule : result.length
  for (let index = operativeStart; index < operativeEnd; index++) {
    const unit = result[index]!
    if (!open(unit)) continue
    const block = unit.block
    // A list of those taking part (`- His Excellency …, Minister of …`) is no clause.
    if (isPersonItem(unit)) continue
    if (block.kind === 'item') {
      const marker = markerOf(block.marker, block.ordered)
      // A bullet list right after a numbered clause that ends with a colon holds its sub-points.
      if (block.depth === 1 && marker.marker !== 'number' && /:\s*$/.test(lastClauseText) && lastClause >= 0) subList = true
      else if (block.depth === 1 && marker.marker === 'number') subList = false
      if (block.depth > 1 || subList) {
        unit.role = {role: 'point', ...marker, depth: block.depth > 1 ? block.depth : 2}
      } else {
        unit.role = {role: 'clause', ...marker}
        lastClauseText = block.text.trim()
      }
      lastClause = index
    } else if (!hasItems && block.kind === 'paragraph' && !isSignature(block.text) && index <= lastOperativeParagraph(result, operativeStart)) {
      unit.role = {role: 'clause', marker: 'none', num: null}
      lastClause = index
      lastClauseText = block.text.trim()
    }
  }

  // After the operative part: closing sentences and signatures.
  for (let index = Math.max(lastClause + 1, operativeStart); index < result.length; index++) {
    const unit = result[index]!
    if (!open(unit)) continue
    const signature = readSignature(unit.block.text)
    unit.role = signature ?? {role: 'closing'}
  }
  return result
}

function isAuthority(units: readonly Unit[], index: number): boolean {
  const text = units[index]!.block.text.trim()
  const next = units.slice(index + 1).find((unit) => unit.role.role === 'paragraph')
  return (
    isAuthorityLine(units[index]!, text) &&
    next !== undefined &&
    next.block.kind === 'paragraph' &&
    recitalOpener(next.block.text) !== null
  )
}

/**
 * Whether a paragraph names a body and ends with a comma, alone (`The General Assembly,`).
 *
 * @param unit
 *   The unit.
 * @param text
 *   Its text, trimmed.
 * @returns
 *   Whether it does.
 */
function isAuthorityLine(unit: Unit, text: string): boolean {
  return unit.block.kind === 'paragraph' && recitalOpener(text) === null && /^(?:The\s+)?\p{Lu}[^,;:.]*,$/u.test(text) && wordCount(text, 14) <= 14
}

function isFormula(units: readonly Unit[], index: number): boolean {
  const text = units[index]!.block.text.trim()
  if (recitalOpener(text) && !/:\s*$/.test(text)) return false
  if (formulaPattern.test(text)) return true
  const next = units.slice(index + 1).find((unit) => unit.role.role === 'paragraph')
  if (!next) return false
  if (/:\s*$/.test(text) && next.block.kind === 'item' && !isPersonItem(next)) return true
  // The enacting authority right before the clauses (`The Peace and Security Council,` then `1. Expresses …`).
  if (isAuthorityLine(units[index]!, text) && (next.block.kind === 'item' || operativeVerb.test(next.block.text.trim()))) return true
  // A chapeau (`Member States of the Organization …;`) followed by paragraphs opening with a verb.
  return /[;:]\s*$/.test(text) && next.block.kind === 'paragraph' && operativeVerb.test(next.block.text.trim())
}

/** Whether a unit is an item that names a person by an honorific (`His Excellency …`, `H.E. …`, `Dr. …`): a list of those taking part. */
function isPersonItem(unit: Unit): boolean {
  return unit.block.kind === 'item' && personItem.test(unit.block.text.trimStart())
}

const personItem = new RegExp(String.raw`^(?:${titleHonorific}|${personalHonorific}\s)`, 'u')

function lastOperativeParagraph(units: readonly Unit[], from: number): number {
  let last = from - 1
  for (let index = from; index < units.length; index++) {
    const unit = units[index]!
    if (unit.role.role !== 'paragraph') continue
    if (operativeVerb.test(unit.block.text.trim()) || /^(?:We|They|The\s+\w+(?:\s+\w+){0,8}\s+(?:will|shall|agreed|decided))\b/.test(unit.block.text.trim())) {
      last = index
    } else break
  }
  return last
}

/**
 * The opener of a recital (`Reaffirming`, `Bearing in mind`, `Having considered`), or null.
 *
 * @param text
 *   A paragraph's text.
 * @returns
 *   The opener as printed, or null.
 */
export function recitalOpener(text: string): string | null {
  const trimmed = text.trimStart()
  const known = recitalOpeners.exec(trimmed)
  if (known) return known[0]
  // `RECOGNIZING that …`, `RECALLING ALSO …` (OAS and UN styles): the opener in capitals, read as
  // written in small letters, given back as printed.
  const capitals = /^\p{Lu}{4,}(?:\s+\p{Lu}{2,}){0,2}(?=\s+\p{Ll}|[,;]?\s*$)/u.exec(trimmed)
  if (capitals) {
    const lowered = capitals[0].charAt(0) + capitals[0].slice(1).toLowerCase()
    const again = recitalOpeners.exec(lowered + trimmed.slice(capitals[0].length))
    if (again) return trimmed.slice(0, Math.min(again[0].length, capitals[0].length))
  }
  const ing = ingOpener.exec(trimmed)
  // Any other -ing opener, when the paragraph reads as a recital (ends with a comma or semicolon).
  if (ing && /[,;]\s*$/.test(trimmed) && !/^(?:During|Morning|Evening|Nothing|Something|Everything|Building)$/.test(ing[1]!)) {
    return ing[1]!
  }
  return null
}

function markerOf(marker: string | null, ordered: boolean): {marker: 'number' | 'bullet' | 'none'; num: string | null} {
  if (!marker) return {marker: 'none', num: null}
  if (ordered || /\d|^\(?[a-z]{1,4}[.)]$/i.test(marker)) return {marker: 'number', num: marker}
  return {marker: 'bullet', num: null}
}

/**
 * Read a signature block: an optional label line (`Witnessed by:`), a name line, and a title line
 * (`Prime Minister of the Kingdom of Cambodia`).
 *
 * @param text
 *   A paragraph's text.
 * @returns
 *   The signature role, or null.
 */
export function readSignature(text: string): Extract<Role, {role: 'signature'}> | null {
  const lines = text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length < 1 || lines.length > 4) return null
  let label: string | null = null
  if (lines[0]!.endsWith(':') && wordCount(lines[0]!, 6) <= 6) label = lines.shift()!
  const [name, ...rest] = lines
  if (!name || !looksLikeName(name)) return null
  const title = rest.length > 0 ? rest.join(' ') : null
  if (title !== null && !titleWord.test(title)) return null
  if (title === null && label === null) return null
  return {role: 'signature', label, name, title}
}

function isSignature(text: string): boolean {
  return readSignature(text) !== null
}

/**
 * Whether a line looks like a person's name: two to five capitalised words or initials, no
 * sentence punctuation.
 *
 * @param line
 *   A line of text.
 * @returns
 *   Whether it looks like a name.
 */
export function looksLikeName(line: string): boolean {
  const words = line.split(/\s+/)
  if (words.length < 2 || words.length > 5) return false
  if (/[,;:!?]|\.$/.test(line.replace(/\b\p{Lu}\.$/u, ''))) return false
  return words.every((word) => /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|(?:bin|ibn|al|el|de|van|von|der|da|di|du|la|le)|Al)$/u.test(word))
}

/**
 * Give a speech's body units their roles: venue lines, salutations, closing.
 *
 * @param units
 *   Body units in order (boilerplate already marked).
 * @returns
 *   The units with roles.
 */
export function speechRoles(units: Unit[]): Unit[] {
  const result = units.map((unit) => ({...unit}))
  let inHeader = true
  for (const unit of result) {
    if (unit.role.role !== 'paragraph') continue
    const text = unit.block.text.trim()
    if (inHeader && isVenue(unit)) {
      unit.role = {role: 'venue', place: null, date: null}
      continue
    }
    inHeader = false
    if (wordCount(text, 8) <= 8 && salutationPattern.test(squash(text))) unit.role = {role: 'salutation'}
  }
  const last = result.findLast((unit) => unit.role.role === 'paragraph')
  if (last && speechClosing.test(squash(last.block.text)) && wordCount(last.block.text, 10) <= 10) last.role = {role: 'closing'}
  return result
}

function isVenue(unit: Unit): boolean {
  const lines = blockLines(unit.block)
  return (
    lines.length <= 3 &&
    lines.every((line) => wordCount(line.text, 8) <= 8 && !/[.,;:!?]$/.test(line.text) && /^\p{Lu}/u.test(line.text)) &&
    !speakerLabel.test(unit.block.text) &&
    !salutationPattern.test(squash(unit.block.text))
  )
}

/**
 * Give a news item's body units their roles: standfirst, sub-headings, a stray trailing line.
 *
 * @param units
 *   Body units in order (boilerplate already marked).
 * @param hasTitle
 *   Whether the item has a headline.
 * @param datelineUnit
 *   Index of the unit holding the dateline, or -1.
 * @returns
 *   The units with roles.
 */
export function newsRoles(units: Unit[], hasTitle: boolean, datelineUnit: number): Unit[] {
  const result = units.map((unit) => ({...unit}))
  const firstBody = result.findIndex((unit) => unit.role.role === 'paragraph')
  // A standfirst: the paragraph under the headline, before a photo caption.
  if (hasTitle && firstBody >= 0 && datelineUnit < 0) {
    const after = result.slice(firstBody + 1, firstBody + 3)
    if (after.some((unit) => unit.role.role === 'boilerplate' && unit.role.reason === 'caption')) {
      result[firstBody]!.role = {role: 'standfirst'}
    }
  }
  const lastText = result.findLastIndex((unit) => unit.role.role !== 'boilerplate')
  for (let index = 0; index < result.length; index++) {
    const unit = result[index]!
    if (unit.role.role !== 'paragraph' || index === datelineUnit) continue
    const text = squash(unit.block.text)
    const short = wordCount(text, 8) <= 8 && !/[.,;:!?…]$/.test(text.replace(/['’"”]$/, ''))
    if (unit.block.kind === 'heading') unit.role = {role: 'subheading'}
    else if (short && index === lastText && index > firstBody && wordCount(text, 3) <= 3) unit.role = {role: 'boilerplate', reason: 'trailing'}
    else if (short && index < lastText && !/\d{1,2}:\d{2}/.test(text)) unit.role = {role: 'subheading'}
  }
  return result
}
