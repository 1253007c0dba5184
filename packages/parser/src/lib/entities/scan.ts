import {countryIndex, countryName, fold, misspeltCountry, organizationIndex, type CountryEntry, type CountryForm, type Knowledge, type OrganizationEntry} from '@communique/knowledge'
import {styleHonorific} from '../patterns.js'
import type {Sentence} from './sentences.js'
import {firstFrom, lastEndingBy} from './spans.js'
import {between, isAllCaps, spaceBetween, tokenize, type Token} from './tokens.js'
import {
  ambiguousHeads,
  appositionGap,
  documentHeads,
  honorifics,
  lowercaseHeads,
  notNames,
  organizationHeads,
  portfolioWords,
  reportingVerbs,
  actionVerbs,
  roleHeads,
  roleModifiers,
  ministryWords
} from './words.js'

/** A piece of the document the recognizers read: one block's text. */
export interface Segment {
  /** Index of the unit (block) in the document. */
  index: number
  text: string
  /** The block's role (`title`, `paragraph`, `recital`, `signature`, `boilerplate`, …). */
  role: string
}

interface Base {
  segment: number
  start: number
  end: number
}

/** A country named in the text. */
export interface CountryMention extends Base {
  kind: 'country'
  code: string
  form: CountryForm
}

/** An organization (or a body of one) named in the text. */
export interface OrganizationMention extends Base {
  kind: 'organization'
  name: string
  acronym: string | null
  parent: string | null
  /** Knowledge id of the organization (or of the organization the body belongs to). */
  id: string | null
  /** Knowledge id of the body, when the mention names one. */
  body: string | null
  /** The end date of a former name, when the text uses one. */
  formerUntil: string | null
}

/** A place that is not a country. */
export interface PlaceMention extends Base {
  kind: 'place'
  name: string
  country: string | null
}

/** A cited document. */
export interface CitationMention extends Base {
  kind: 'citation'
  title: string
  date: string | null
}

/** A post. */
export interface RoleMention extends Base {
  kind: 'role'
  post: string
  function: string
  country: string | null
  organization: string | null
  /** Whether the head is plural (`foreign ministers of …`). */
  plural: boolean
}

/** A person's name. */
export interface PersonMention extends Base {
  kind: 'person'
  /** The name as printed (possessive cut off). */
  name: string
  /** Folded name words. */
  words: string[]
  /** How it was recognised. */
  evidence: 'honorific' | 'role' | 'apposition' | 'verb' | 'dash' | 'signature' | 'headline' | 'repeat' | 'byline'
  honorific: string | null
  /** The post the text gives right next to this mention. */
  role: RoleMention | null
  /** Other posts the text gives it in the same breath (`Secretary General of X, Kazakh Diplomat Y`). */
  extraRoles?: RoleMention[]
  /** The post printed right before the name, when `role` is the one after it (`Ambassador X, Permanent Representative …`). */
  before?: RoleMention
  /** Set by clustering. */
  entity: string
}

/** An honorific before a name. */
export interface HonorificMention extends Base {
  kind: 'honorific'
  value: string
}

/** Any mention. */
export type Mention = CountryMention | OrganizationMention | PlaceMention | CitationMention | RoleMention | PersonMention | HonorificMention

/** What the scanner needs besides the text. */
export interface ScanContext {
  knowledge: Readonly<Knowledge>
  /** Places the structure recognizers already know (dateline, venue), by segment. */
  places: Map<number, Array<{start: number; end: number; name: string}>>
}

/** The mentions of one segment, and its tokens. */
export interface ScannedSegment {
  segment: Segment
  tokens: Token[]
  allCaps: boolean
  mentions: Mention[]
  /** Its sentences, once split (see `sentencesOf`). */
  sentences: ReadonlyArray<Readonly<Sentence>> | null
}

const heads = roleHeads.map((head) => head.split(/\s+/))
/** Post heads by their first word (and its form without a hyphen), longest first. */
const headsByFirstWord = new Map<string, string[][]>()
for (const words of heads) {
  for (const first of new Set([words[0]!, words[0]!.replace('-', '')])) {
    const list = headsByFirstWord.get(first) ?? []
    list.push(words)
    headsByFirstWord.set(first, list)
  }
}
const connectors = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'de'])
/** Posts that serve a region as well as a body or a country (`Special Envoy for the Horn of Africa`). */
const regionHead = /(?:^| )(?:representative|envoy|coordinator|adviser|advisor|rapporteur|commissioner|delegate)$/
/** The connectors that start a complement (not `and`, `the`). */
const prepositions = new Set(['of', 'for', 'on', 'in', 'to', 'de'])
/** Words that cannot start an organization's name. */
const notOrganizationStart = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'our', 'their', 'his',
  'her', 'its', 'my', 'your', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'after', 'before', 'during', 'since',
  'today', 'and', 'but', 'or', 'if', 'when', 'while', 'meeting', 'summit', 'conference', 'session', 'statement',
  'declaration', 'read', 'more', 'following', 'regarding', 'concerning', 'remarks', 'speech', 'address', 'extraordinary',
  'annual', 'joint', 'all', 'both', 'each', 'every', 'some', 'many', 'most', 'no', 'not', 'there', 'here', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'thank', 'dear', 'also', 'however',
  'furthermore', 'besides', 'moreover', 'member', 'members', 'leaders', 'deputy', 'vice', 'secretary', 'minister',
  'president', 'prime', 'foreign', 'chairman', 'king'
])
const functionWords = new Set(['after', 'at', 'on', 'in', 'for', 'to', 'with', 'by', 'from', 'of', 'the', 'and', 'or', 'but', 'as', 'during', 'before', 'since', 'about', 'over', 'under', 'into', 'than', 'via', 'per'])
// Patterns and word lists the scanners test on every token, made once.
/** What may stand between the words of an organization's name: a space or a line break. */
const spaceOrLineBetween = /^(?: |\r?\n)$/
/** Words that take a complement after a post (`Head of`, `Envoy to`). */
const complementWords = new Set(['of', 'for', 'to'])
/** A full stop and a letter right after a word: an abbreviation (`H.E.`). */
const abbreviationDot = /^\.\p{L}/u
/** Plurals that end an organization's name (`… of Turkic States`). */
const pluralEnds = new Set(['states', 'nations', 'countries', 'republics', 'ministers', 'affairs'])
/** What stands between an initial and the next word of a name: `. `. */
const initialGap = /^\.\s$/
/** A single capital (an initial). */
const capitalOnly = /^\p{Lu}$/u
/** A capital then a lowercase letter or a mark (`Aliya`). */
const capitalisedName = /^\p{Lu}[\p{Ll}\p{M}]/u
/** A capitalised word joined to another capital (`O’Brien`, `Al-Sabah`). */
const joinedCapitals = /^\p{Lu}[\p{Ll}]*[-’'][\p{Lu}]/u
/** A contraction (`We’ve`, `don't`). */
const contraction = /[’'](?:ve|re|ll|d|m|t)$/i
/** What may stand between the words of a known name: white space, a hyphen, a dash, a full stop. */
const phraseGap = /^(?:\s|-|\s[-–]\s|\.\s?)$/
const startsWithDigit = /^\d/
/** The words of a page's menus and tools before a colon (`Download: English | Français`). */
const menuWord = /^(?:download|downloads|share|print|email|tags?|read|watch|listen|follow|subscribe|category|categories|language|languages|topics?|related|video|audio|photos?)$/i
/** `nameRun` options: whether a single word may be a name. */
const singleWord = {single: true}
const twoWordsOrMore = {single: false}
/** After an honorific, a name may open with its particles (`Mr. de la Torre`, `Mr. van der Berg`). */
const afterHonorific = {single: true, particleFirst: true}
/** Words that head an organization's bodies (`AU Commission`, `ASEAN Secretariat`). */
const bodyHeads = new Set(['commission', 'secretariat', 'council', 'parliament', 'assembly', 'court'])
/** A word with a capital first letter. */
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
/** Words before a place (`held in Belgrade`). */
const placePrepositions = new Set(['in', 'at', 'near', 'outside'])
/** Capitalised words after `in` that are not places (`in Office`, `in Charge`). */
const notPlaces = new Set(['office', 'charge', 'force', 'power', 'principle', 'practice', 'person', 'private', 'public', 'general', 'particular', 'addition', 'response', 'line', 'light', 'order', 'total', 'part', 'time'])
/** Titles of rulers that are given names too (`Sultan bin …`). */
const rulerTitles = new Set(['sultan', 'emir', 'amir', 'sheikh', 'king'])

/**
 * Whether a ruler's title at a token is a given name: `Sultan bin Jassim` (a title comes before a
 * given name, not before `bin`).
 */
function rulerAsGivenName(tokens: readonly Token[], at: number): boolean {
  return rulerTitles.has(tokens[at]?.key ?? '') && /^(?:bin|ibn|bint)$/.test(tokens[at + 1]?.key ?? '')
}

/** `St.`, `Ste.` inside a name (`Desmond St. Clair Joseph`). */
const saint = /^Ste?$/
// With the patronymic particles of Turkic names (`Elnur Rasim oglu Mammadli`, `Aida Kasym kyzy`).
const particles = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'del', 'al-', 'oglu', 'oğlu', 'ogli', 'ogly', 'qizi', 'kizi', 'kyzy', 'uulu', 'y', 'e', 'den', 'ter', 'ó', 'o', 'ní', 'ni', 'nic', 'ua'])
/** Regions' adjectives, which open no person's name (`Baltic states say`, `Gulf states pledge`). */
const regions = new Set([
  'baltic', 'nordic', 'arctic', 'pacific', 'atlantic', 'balkan', 'caribbean', 'andean', 'gulf', 'arab', 'western', 'eastern',
  'northern', 'southern', 'central', 'european', 'african', 'asian', 'american', 'latin', 'middle'
])
/** Words that end a place's name, never a person's (`Baltic Sea`, `Kola Peninsula`). */
const geographyHeads = new Set(['sea', 'ocean', 'river', 'gulf', 'strait', 'straits', 'peninsula', 'islands', 'canal', 'desert', 'basin', 'mountains', 'corridor'])
/** Letters printed after a name: honours, degrees, a seat (`DCMG`, `MP`, `TD`, `GCFR`). */
const postNominals = new Set([
  'mp', 'td', 'mla', 'mep', 'msp', 'qc', 'kc', 'sc', 'gcmg', 'kcmg', 'cmg', 'dcmg', 'gcb', 'kcb', 'cb', 'gbe', 'kbe', 'dbe', 'cbe',
  'obe', 'mbe', 'kcvo', 'cvo', 'lvo', 'mvo', 'ac', 'ao', 'am', 'oam', 'onz', 'gcfr', 'gcon', 'cfr', 'con', 'ofr', 'frs', 'phd'
])

/** A segment with its organizations found, and which of its tokens mentions hold so far. */
export interface ClaimedSegment {
  scanned: ScannedSegment
  /** By token index: whether a mention holds the token. */
  claimed: boolean[]
}

/**
 * A segment is scanned in two phases: `scanOrganizations`, then `scanRest`, for countries, places,
 * cited documents, posts, honorifics and people (those with evidence in the segment itself: an
 * honorific, a post next to the name, a reporting verb, a dash list, a signature).
 *
 * The first phase: tokens and organizations. A document's recognizer runs it over every segment
 * first, so that acronyms the document defines are known everywhere before posts and people are
 * read (`CMAC Chairman …`, `Secretary of the CMAC`).
 *
 * @param segment
 *   A block of text.
 * @param context
 *   Knowledge and already known places.
 * @returns
 *   The segment with its organizations, and the tokens they hold.
 */
export function scanOrganizations(segment: Segment, context: ScanContext): ClaimedSegment {
  const tokens = tokenize(segment.text)
  const scanned: ScannedSegment = {segment, tokens, allCaps: isAllCaps(segment.text), mentions: [], sentences: null}
  const claimed = tokens.map(() => false)
  findOrganizations(scanned, context, claimed)
  return {scanned, claimed}
}

/**
 * The second phase of scanning a segment, after `scanOrganizations`: governments, countries, places, cited
 * documents, posts and people.
 *
 * @param scanned
 *   The segment, with its organizations.
 * @param claimed
 *   Which tokens mentions hold.
 * @param context
 *   Knowledge and already known places.
 * @returns
 *   The segment with its mentions.
 */
export function scanRest(scanned: ScannedSegment, claimed: boolean[], context: ScanContext): ScannedSegment {
  findLowercaseGovernments(scanned, context, claimed)
  findCountries(scanned, context, claimed)
  findPlaces(scanned, context, claimed)
  findCitations(scanned, claimed)
  findRoles(scanned, context, claimed)
  findPeople(scanned, context, claimed)
  return scanned
}

// ---------------------------------------------------------------------------------------------
// Organizations

function findOrganizations(scanned: ScannedSegment, context: ScanContext, claimed: boolean[]): void {
  const {tokens, segment} = scanned
  const known = organizationIndex(context.knowledge)
  const text = segment.text
  const lookup = (key: string, length: number, first: Token): OrganizationEntry | undefined => {
    const entry = known.entries.get(key)
    if (!entry) return undefined
    if (length === 1 && entry.acronym && !isAcronymUse(first, entry, scanned.allCaps)) return undefined
    if (length === 1 && !entry.acronym && !first.cap) return undefined
    return entry
  }
  // Known names and acronyms first, so that generic phrases can hold them (`Council … of the OTS`).
  for (let index = 0; index < tokens.length; index++) {
    const match = longest(tokens, index, known, text, lookup)
    if (!match) continue
    const [entry, length] = match
    const mention = organizationFrom(entry, tokens[index]!.start, tokens[index + length - 1]!.end)
    // `AU Commission`, `ASEAN Secretariat`: an organization, then a word that heads one of its
    // bodies, names that body (not `AU Council of Ministers`: the phrase runs on).
    const next = tokens[index + length]
    if (
      next &&
      !entry.body &&
      bodyHeads.has(next.key) &&
      (next.cap || scanned.allCaps) &&
      spaceBetween(text, tokens[index + length - 1]!, next) &&
      !(tokens[index + length + 1]?.key === 'of' && tokens[index + length + 2]?.cap)
    ) {
      // The knowledge may name the body (`SCO Secretariat’s`: the possessive kept it from the match above).
      const body = known.entries.get(fold(`${text.slice(mention.start, mention.end)} ${next.key}`))
      push(
        scanned,
        claimed,
        index,
        index + length + 1,
        body?.body ? organizationFrom(body, mention.start, next.end) : {...mention, end: next.end, name: `${mention.name} ${capitalise(next.key)}`, acronym: null, parent: mention.name, id: null, body: null}
      )
      index += length
      continue
    }
    push(scanned, claimed, index, index + length, mention)
    index += length - 1
  }
  // Generic organizations: a capitalised phrase with an organization head word.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (claimed[index] || !(token.cap || scanned.allCaps) || (notOrganizationStart.has(token.key) && token.key !== 'the')) continue
    // Inside a longer phrase (`Ministers of Foreign Affairs of the …`): not the start of a name.
    const previous = tokens[index - 1]
    // After `and`, only when what comes before it was no name (`Ana Ramos and Security Council …`).
    if (previous && connectors.has(previous.key) && previous.key !== 'the' && tokens[index - 2]?.cap && !(previous.key === 'and' && personLike(scanned, index - 2))) continue
    if (ministryWords.has(token.key) && !organizationHeads.has(token.key)) continue
    // Inside a portfolio (`Minister for Regional Cooperation Ana Ramos`): a portfolio word that is also
    // an organization's head word starts no name there.
    if (ministryWords.has(token.key) && previous?.cap && portfolioWords.has(previous.key) && spaceBetween(text, previous, token)) continue
    // `Minister Ana Ramos and Security Council …`: a name follows a post; no organization starts in it.
    if (!scanned.allCaps && previous?.cap && (isRoleHeadEnd(tokens, index - 1) || endsPortfolio(tokens, index - 1)) && spaceBetween(text, previous, token) && !organizationHeads.has(token.key)) {
      while (index + 1 < tokens.length && tokens[index + 1]!.cap && !claimed[index + 1] && !organizationHeads.has(tokens[index + 1]!.key) && spaceBetween(text, tokens[index]!, tokens[index + 1]!)) index++
      continue
    }
    const generic = genericOrganization(scanned, index, context, claimed)
    if (generic) {
      // The generic phrase holds the known organizations inside it: drop them as separate spans' claims.
      scanned.mentions.push(generic.mention)
      claim(claimed, generic.from, generic.to)
      index = generic.to - 1
    }
  }
  // Acronyms the text defines: `Collective Security Treaty Organization (CSTO)`.
  for (const mention of scanned.mentions) {
    if (mention.kind !== 'organization' || mention.acronym) continue
    const after = /^\s*\(([\p{Lu}][\p{Lu}\d&+-]{1,9})\)/u.exec(text.slice(mention.end))
    if (after) mention.acronym = after[1]!
  }
}

function isAcronymUse(token: Token, entry: OrganizationEntry, allCaps: boolean): boolean {
  if (!entry.acronym) return false
  // `WHO`, `AU`, `UN` in a heading in capitals are words, not acronyms.
  if (allCaps && token.text.length <= 3) return false
  return token.text === entry.acronym || token.text.replaceAll('.', '') === entry.acronym
}

function organizationFrom(entry: OrganizationEntry, start: number, end: number): Omit<OrganizationMention, 'segment'> {
  return {
    kind: 'organization',
    start,
    end,
    name: entry.body ? entry.name : entry.organization.name,
    acronym: entry.acronym,
    parent: entry.body ? entry.organization.name : null,
    id: entry.organization.id,
    body: entry.body,
    formerUntil: entry.formerUntil
  }
}

function genericOrganization(
  scanned: ScannedSegment,
  start: number,
  context: ScanContext,
  claimed: boolean[]
): {mention: OrganizationMention; from: number; to: number} | null {
  const {tokens, segment} = scanned
  const text = segment.text
  const known = organizationIndex(context.knowledge)
  let from = start
  if (tokens[from]!.key === 'the') from++
  if (!tokens[from] || notOrganizationStart.has(tokens[from]!.key) || connectors.has(tokens[from]!.key)) return null
  let to = from
  let hasHead = false
  let inner: OrganizationMention | null = null
  let lastCap = -1
  // Whether a preposition came before any organization word (`Luis Paz of the Andean Community` is a
  // person of an organization, `Executive Committee of the …` a body).
  let headless = false
  while (to < tokens.length) {
    const token = tokens[to]!
    if (to > from && !spaceOrLineBetween.test(between(text, tokens[to - 1]!, token))) break
    if (connectors.has(token.key) && to > from) {
      if (!hasHead && prepositions.has(token.key)) headless = true
      to++
      continue
    }
    // In a heading in capitals every word is capitalised: other function words still end a name.
    if (scanned.allCaps && functionWords.has(token.key)) break
    if (token.cap || scanned.allCaps) {
      if (claimed[to]) {
        // A known organization inside: `… of the Organization of Turkic States`.
        const existing = organizationStartingAt(scanned, token)
        if (existing && to > from && connectors.has(tokens[to - 1]!.key)) {
          inner = existing
          while (to < tokens.length && tokens[to]!.start < existing.end) to++
          lastCap = to - 1
        }
        break
      }
      if (to === from && isRoleHeadAt(tokens, to) && complementWords.has(tokens[to + 1]?.key ?? '')) return null
      // A post before any organization word, or after `and`, ends the phrase (`Timur Sadykov Deputy
      // Chairman …`, `Cabinet of Ministers and Minister of …`); so does an abbreviation (`H.E.`).
      // (Ambiguous as one word, `Secretary`, not as the whole head: `Secretary General`.)
      const post = token.cap ? roleHeadAt(tokens, to, true) : null
      const clearPost = post !== null && !ambiguousHeads.has(post.head)
      if (clearPost && (!hasHead || tokens[to - 1]?.key === 'and' || (tokens[to - 1]?.key === 'the' && tokens[to - 2]?.key === 'and'))) break
      // `Security Council President Tomás Vidal`, `Forum Secretary General X`: a post right after the organization's head word.
      if (hasHead && clearPost && organizationHeads.has(tokens[to - 1]!.key)) break
      if (abbreviationDot.test(text.slice(token.end, token.end + 2))) break
      if (organizationHeads.has(token.key)) hasHead = true
      lastCap = to
      to++
      if (tokens[to - 1]!.possessive) break
      // `… of Turkic States Jane Doe`: a plural that ends a name, then another name.
      const next = tokens[to]
      if (hasHead && pluralEnds.has(token.key) && next && next.cap && !connectors.has(next.key) && !scanned.allCaps) break
      continue
    }
    if (connectors.has(token.key) && to > from) {
      to++
      continue
    }
    break
  }
  if (!hasHead || headless || lastCap < from) return null
  let end = lastCap + 1
  // `Kazakh MFA and Kazakhstani …`: what follows the last `and` must hold an organization word.
  for (let position = end - 1; position > from; position--) {
    if (tokens[position]!.key !== 'and') continue
    if (!tokens.slice(position + 1, end).some((item) => organizationHeads.has(item.key)) && !inner) end = position
    break
  }
  while (end > from + 1 && connectors.has(tokens[end - 1]!.key)) end--
  // Trim trailing connectors.
  const first = tokens[from]!
  const last = tokens[end - 1]!
  const phrase = text.slice(first.start, last.end)
  // A single head word alone (`Council`, `Government`) is not a name.
  if (end - from === 1 && !scanned.allCaps) return null
  if (/^(?:States|Nations|Cooperation|Authorities)$/i.test(phrase)) return null
  if (countryIndex(context.knowledge).entries.has(fold(phrase))) return null
  const name = nationalBody(tokens.slice(from, end), context) ?? phrase.replace(/\s+/g, ' ')
  const entry = known.entries.get(fold(name))
  // `Council of Foreign Ministers of the Organization of Turkic States`: a body of the organization at its end.
  let tailParent: string | null = null
  if (!inner && !entry) {
    const pieces = name.split(/\s+of\s+(?:the\s+)?/i)
    for (let index = pieces.length - 1; index >= 1; index--) {
      const words = pieces[index]!.replace(/\s*\([^)]*\)\s*$/, '').split(/\s+/)
      const head = [...words].reverse().find((word) => organizationHeads.has(word.toLowerCase()))?.toLowerCase() ?? ''
      if (head && !/^(?:ministers|states|nations|affairs)$/.test(head)) {
        tailParent = pieces.slice(index).join(' of ')
        break
      }
    }
  }
  return {
    mention: {
      kind: 'organization',
      segment: segment.index,
      start: first.start,
      end: last.end,
      name: entry ? (entry.body ? entry.name : entry.organization.name) : name,
      acronym: entry?.acronym ?? null,
      parent: inner ? (inner.parent ?? inner.name) : tailParent,
      id: inner?.id ?? entry?.organization.id ?? null,
      body: null,
      formerUntil: inner?.formerUntil ?? null
    },
    from,
    to: end
  }
}

/** `Kazakh Parliament` → `Parliament of Kazakhstan`; `Azerbaijani Foreign Ministry` → `Ministry of Foreign Affairs of Azerbaijan`. */
function nationalBody(tokens: Token[], context: ScanContext): string | null {
  if (tokens.length < 2) return null
  const entry = countryIndex(context.knowledge).entries.get(tokens[0]!.key)
  if (!entry || (entry.form !== 'demonym' && entry.form !== 'name' && entry.form !== 'variant')) return null
  const rest = tokens
    .slice(1)
    .map((token) => token.key)
    .join(' ')
  const country = countryName(entry.code)
  if (/^(?:foreign ministry|mfa|ministry of foreign affairs)$/.test(rest)) return `Ministry of Foreign Affairs of ${country}`
  if (/^(?:government|authorities|cabinet)$/.test(rest)) return `Government of ${country}`
  if (/^(?:parliament|senate|majlis|congress|national assembly)$/.test(rest)) return `${titleCase(rest)} of ${country}`
  if (/^(?:ministry|embassy|presidency|armed forces|army|navy)$/.test(rest)) return `${titleCase(rest)} of ${country}`
  return null
}

function titleCase(value: string): string {
  return value.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())
}

/** `Kazakh government`, `Kazakh authorities`: a country's government named in lowercase. */
function findLowercaseGovernments(scanned: ScannedSegment, context: ScanContext, claimed: boolean[]): void {
  const {tokens, segment} = scanned
  for (let at = 0; at + 1 < tokens.length; at++) {
    const first = tokens[at]!
    const next = tokens[at + 1]!
    if (claimed[at] || claimed[at + 1] || !first.cap || !/^(?:government|authorities|leadership)$/.test(next.text)) continue
    if (!spaceBetween(segment.text, first, next)) continue
    const entry = countryIndex(context.knowledge).entries.get(first.key) ?? misspeltCountry(first.text)
    if (!entry || entry.form !== 'demonym') continue
    push(scanned, claimed, at, at + 2, {
      kind: 'organization',
      start: first.start,
      end: next.end,
      name: `Government of ${countryName(entry.code)}`,
      acronym: null,
      parent: null,
      id: null,
      body: null,
      formerUntil: null
    })
    at++
  }
}

// ---------------------------------------------------------------------------------------------
// Countries and places

function findCountries(scanned: ScannedSegment, context: ScanContext, claimed: boolean[]): void {
  const {tokens, segment} = scanned
  const index = countryIndex(context.knowledge)
  const text = segment.text
  const lookup = (key: string, length: number): CountryEntry | undefined => {
    const entry = index.entries.get(key)
    if (!entry) return undefined
    if (length === 1 && entry.form === 'variant' && key.length <= 3) return undefined
    return entry
  }
  // Known organizations (and which tokens they cover), gathered when a claimed token is first met.
  let known: Array<Mention[] | undefined> | null = null
  for (let at = 0; at < tokens.length; at++) {
    if (claimed[at]) {
      known ??= coveringMentions(scanned, (mention) => mention.kind === 'organization' && mention.id !== null && mention.parent === null)
      if (isInsideKnownOrganization(text, known[at], tokens[at]!)) continue
    }
    // Only a capitalised word (or any in a heading in capitals) starts a country's name.
    const match = tokens[at]!.cap || scanned.allCaps ? longest(tokens, at, index, text, lookup) : undefined
    if (!match) {
      // An obvious misspelling of a country's name (`Kazakstan`).
      const token = tokens[at]!
      if (!claimed[at] && token.cap && !scanned.allCaps && !notNames.has(token.key)) {
        const entry = misspeltCountry(token.text)
        if (entry) push(scanned, claimed, at, at + 1, {kind: 'country', start: token.start, end: token.end, code: entry.code, form: entry.form})
      }
      continue
    }
    const [entry, length] = match
    const last = tokens[at + length - 1]!
    let form: CountryForm = entry.form
    if (entry.form === 'capital') {
      // A capital speaks for its government when it has a possessive or governs a reporting verb.
      const next = tokens[at + length]
      const metonym = last.possessive || (next !== undefined && reportingVerbs.has(next.key) && spaceBetween(text, last, next))
      if (!metonym) continue
      form = 'capital'
    }
    scanned.mentions.push({kind: 'country', segment: segment.index, start: tokens[at]!.start, end: last.end, code: entry.code, form})
    claim(claimed, at, at + length)
    at += length - 1
  }
}

/**
 * Whether a token stands inside the name of a known organization (`Turkic` in `Organization of
 * Turkic States`) before any `of` (`Council of Europe`’s `Europe` is a country's name in it).
 *
 * @param text
 *   The segment's text.
 * @param covering
 *   The known organizations (top-level) whose mention covers the token.
 * @param token
 *   The token.
 * @returns
 *   Whether it is inside one of them.
 */
function isInsideKnownOrganization(text: string, covering: readonly Mention[] | undefined, token: Token): boolean {
  return covering !== undefined && covering.some((mention) => !/\bof\b/i.test(text.slice(mention.start, token.start)))
}

/**
 * The mentions of a segment that cover each of its tokens, among those a test picks: for each token
 * index, the mentions whose span holds the whole token (or `undefined`). Each mention costs the
 * tokens it covers, so looking a token up is constant time instead of a pass over every mention.
 *
 * @param scanned
 *   The segment.
 * @param test
 *   Which mentions count.
 * @returns
 *   The covering mentions by token index.
 */
function coveringMentions(scanned: ScannedSegment, test: (mention: Mention) => boolean): Array<Mention[] | undefined> {
  const {tokens} = scanned
  const covering: Array<Mention[] | undefined> = Array.from({length: tokens.length})
  for (const mention of scanned.mentions) {
    if (!test(mention)) continue
    // Tokens are in order and do not overlap: their ends grow with their starts.
    for (let index = firstFrom(tokens, mention.start); index < tokens.length && tokens[index]!.end <= mention.end; index++) {
      ;(covering[index] ??= []).push(mention)
    }
  }
  return covering
}

function findPlaces(scanned: ScannedSegment, context: ScanContext, claimed: boolean[]): void {
  const {tokens, segment} = scanned
  const text = segment.text
  const countries = countryIndex(context.knowledge)
  for (const known of context.places.get(segment.index) ?? []) {
    scanned.mentions.push({kind: 'place', segment: segment.index, start: known.start, end: known.end, name: known.name, country: null})
    for (const [position, token] of tokens.entries()) if (token.start >= known.start && token.end <= known.end) claimed[position] = true
  }
  const lookup = (key: string): CountryEntry | undefined => {
    const entry = countries.entries.get(key)
    return entry?.form === 'capital' ? entry : undefined
  }
  for (let at = 0; at < tokens.length; at++) {
    if (claimed[at]) continue
    const token = tokens[at]!
    // Capitals and cities named by the country data (capitalised, or in a heading in capitals): a
    // place unless used for a government.
    const capital = token.cap || scanned.allCaps ? longest(tokens, at, countries, text, lookup) : undefined
    const nextWord = capital ? tokens[at + capital[1]] : undefined
    const namePart =
      capital !== undefined &&
      ((nextWord !== undefined &&
        spaceBetween(text, tokens[at + capital[1] - 1]!, nextWord) &&
        (scanned.allCaps ? nextWord.caps : /^\p{Lu}\p{Ll}/u.test(nextWord.text)) &&
        !notNames.has(nextWord.key) &&
        !countries.entries.has(nextWord.key) &&
        !organizationHeads.has(nextWord.key)) ||
        /(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$/.test(tail(text, token.start)))
    if (capital && !namePart) {
      const [entry, length] = capital
      push(scanned, claimed, at, at + length, {
        kind: 'place',
        start: token.start,
        end: tokens[at + length - 1]!.end,
        name: text.slice(token.start, tokens[at + length - 1]!.end),
        country: entry.code
      })
      at += length - 1
      continue
    }
    // `held in Belgrade`, `in Almaty and other cities`: a capitalised word after `in`, `at`, `from`.
    const previous = tokens[at - 1]
    const beforePrevious = tokens[at - 2]
    if (
      token.cap &&
      previous &&
      placePrepositions.has(previous.text) &&
      !(beforePrevious && roleHeadAt(tokens, at - 2, true) !== null) &&
      !notPlaces.has(token.key) &&
      token.text.length >= 3 &&
      text.charAt(token.end) !== '.' &&
      !notNames.has(token.key) &&
      !organizationHeads.has(token.key) &&
      !documentHeads.has(token.key) &&
      spaceBetween(text, previous, token)
    ) {
      let end = at + 1
      while (end < tokens.length && end - at < 3 && tokens[end]!.cap && !claimed[end] && spaceBetween(text, tokens[end - 1]!, tokens[end]!) && !notNames.has(tokens[end]!.key)) end++
      push(scanned, claimed, at, end, {kind: 'place', start: token.start, end: tokens[end - 1]!.end, name: text.slice(token.start, tokens[end - 1]!.end), country: null})
      at = end - 1
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cited documents

function findCitations(scanned: ScannedSegment, claimed: boolean[]): void {
  const {tokens, segment} = scanned
  const text = segment.text
  let nestable: Array<Mention[] | undefined> | null = null
  for (let at = nextDocumentHead(tokens, 0); at >= 0; at = nextDocumentHead(tokens, at + 1)) {
    const token = tokens[at]!
    // Organizations and countries nest inside a citation (`United Nations Convention`).
    nestable ??= coveringMentions(scanned, (mention) => mention.kind === 'organization' || mention.kind === 'country')
    if (claimed[at] && nestable[at] !== undefined) continue
    // The head and the capitalised words before it: `Nakhchivan Agreement`, `Turkic World Vision`,
    // `United Nations Convention` (an organization's name nests inside).
    let from = at
    while (
      from > 0 &&
      tokens[from - 1]!.cap &&
      (!claimed[from - 1] || nestable[from - 1] !== undefined) &&
      between(text, tokens[from - 1]!, tokens[from]!).trim() === '' &&
      !notOrganizationStart.has(tokens[from - 1]!.key)
    ) from--
    const capitalised = token.cap && (from < at || /^(?:Charter|Agreement|Treaty|Convention)$/.test(token.text))
    // `the statement of the Organization of Turkic States of 6 January 2022`.
    const lowerOf =
      !token.cap &&
      /^(?:statement|declaration|resolution|communiqu[eé]|decision|agreement|joint statement)$/.test(token.key) &&
      /^\s+of\b/.test(text.slice(token.end)) &&
      /\bthe\s+$/i.test(tail(text, token.start))
    if (!capitalised && !lowerOf) continue
    let end = at + 1
    // What follows: `on the Establishment of …`, `of 3 October 2009`, ` – 2040`, `(TOR)`.
    while (end < tokens.length) {
      const gap = between(text, tokens[end - 1]!, tokens[end]!)
      const next = tokens[end]!
      if ((/^\s*[-–—]\s*$/.test(gap) || /^,\s$/.test(gap)) && /^\d{4}$/.test(next.text)) {
        end++
        continue
      }
      if (gap !== ' ') break
      if (next.cap || /^\d/.test(next.text) || (connectors.has(next.key) && end + 1 < tokens.length && (tokens[end + 1]!.cap || /^\d/.test(tokens[end + 1]!.text) || tokens[end + 1]!.key === 'the'))) {
        end++
        continue
      }
      break
    }
    while (end - 1 > at && connectors.has(tokens[end - 1]!.key)) end--
    const start = tokens[from]!.start
    const stop = tokens[end - 1]!.end
    const title = text.slice(start, stop).replace(/\s+/g, ' ')
    if (title.split(' ').length < 2) continue
    const date = /\bof\s+(\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})$/u.exec(title)
    scanned.mentions.push({kind: 'citation', segment: segment.index, start, end: stop, title, date: date ? date[1]! : null})
    at = end - 1
  }
}

/** The index of the first token at or after `from` that is the head word of a document (`Agreement`), or -1. */
function nextDocumentHead(tokens: readonly Token[], from: number): number {
  for (let index = from; index < tokens.length; index++) if (documentHeads.has(tokens[index]!.key)) return index
  return -1
}



// ---------------------------------------------------------------------------------------------
// Posts

/** The index of the role head starting at a token, and how many tokens it spans, or null. */
function roleHeadAt(tokens: Token[], at: number, allCaps: boolean): {length: number; head: string} | null {
  // Callers look one past a country or organization, which may be the last token.
  const startToken = tokens[at]
  if (!startToken) return null
  const candidates = headsByFirstWord.get(startToken.key)
  if (!candidates) return null
  for (const words of candidates) {
    if (at + words.length > tokens.length) continue
    let ok = true
    for (let offset = 0; offset < words.length; offset++) {
      const token = tokens[at + offset]!
      const expected = words[offset]!
      if (token.key !== expected && !(expected.includes('-') && token.key === expected.replace('-', ''))) {
        ok = false
        break
      }
    }
    if (!ok) continue
    const head = words.join(' ')
    const first = tokens[at]!
    const capitalised = first.cap || allCaps
    if (!capitalised && !lowercaseHeads.has(head) && !lowercaseHeads.has(head.slice(head.indexOf(' ') + 1))) continue
    return {length: words.length, head}
  }
  return null
}

/** Whether the capitalised run ending at a token follows a post's head (`Minister Ana Ramos`): a name. */
function personLike(scanned: ScannedSegment, at: number): boolean {
  const {tokens, segment} = scanned
  let from = at
  while (from > 0 && at - from < 3 && tokens[from - 1]!.cap && spaceBetween(segment.text, tokens[from - 1]!, tokens[from]!) && !isRoleHeadEnd(tokens, from - 1)) from--
  return from > 0 && isRoleHeadEnd(tokens, from - 1) && spaceBetween(segment.text, tokens[from - 1]!, tokens[from]!)
}

/**
 * Whether a token ends a post's portfolio (`Cooperation` in `Minister of State for Regional
 * Cooperation`): capitalised portfolio words and connectors back to the end of a post's head.
 */
function endsPortfolio(tokens: Token[], at: number): boolean {
  let from = at
  while (from >= 0 && at - from < 8 && ((tokens[from]!.cap && portfolioWords.has(tokens[from]!.key)) || (from < at && connectors.has(tokens[from]!.key)))) from--
  return from < at && from >= 0 && isRoleHeadEnd(tokens, from)
}

/** Whether a token is the last word of a post's head (`Minister` in `Foreign Minister`). */
function isRoleHeadEnd(tokens: Token[], at: number): boolean {
  for (let from = at; from >= 0 && from > at - 4; from--) {
    const head = roleHeadAt(tokens, from, true)
    if (head && from + head.length - 1 === at) return true
  }
  return false
}

function isRoleHeadAt(tokens: Token[], at: number): boolean {
  return roleHeadAt(tokens, at, true) !== null && tokens[at]!.cap
}

function findRoles(scanned: ScannedSegment, context: ScanContext, claimed: boolean[]): void {
  const {tokens, segment} = scanned
  const text = segment.text
  for (let at = 0; at < tokens.length; at++) {
    // A post starts with its head (after modifiers) or with a country or organization before it.
    if (roleHeadAt(tokens, skipModifiers(tokens, at), scanned.allCaps) === null && mentionStartingAt(scanned, tokens[at]!) === undefined) continue
    const role = readRole(scanned, at, context, claimed)
    if (!role) continue
    scanned.mentions.push(role.mention)
    for (let position = role.from; position < role.to; position++) claimed[position] = true
    at = role.to - 1
  }
  void text
}

/**
 * Read a post starting at a token: `[country adjective | Country's] [modifiers] head [of|for|to
 * (country | organization | portfolio)]* [and post]*`.
 */
function readRole(
  scanned: ScannedSegment,
  at: number,
  context: ScanContext,
  claimed: boolean[]
): {mention: RoleMention; from: number; to: number} | null {
  const {tokens, segment, allCaps} = scanned
  const text = segment.text
  let index = at
  let country: string | null = null
  let organization: string | null = null
  // Where the country and organization are printed, to cut them out of the function (made when needed).
  let countryText: Array<[number, number]> | null = null
  let organizationText: Array<[number, number]> | null = null

  // Prefix: a country (adjective, possessive) or an organization's acronym.
  const prefix = mentionStartingAt(scanned, tokens[index]!)
  if (prefix && (prefix.kind === 'country' || (prefix.kind === 'organization' && prefix.acronym && text.slice(prefix.start, prefix.end) === prefix.acronym))) {
    const after = firstFrom(tokens, prefix.end)
    // A space, not a line's end (`Vienna, Austria⏎Director General X` is no Austrian post).
    const adjacent = after < tokens.length && /^(?:[’']s)?[ \u00a0]$/.test(text.slice(prefix.end, tokens[after]!.start))
    if (adjacent && roleHeadAt(tokens, skipModifiers(tokens, after), allCaps) !== null) {
      if (prefix.kind === 'country') {
        country = prefix.code
        countryText = [[prefix.start, prefix.end]]
      } else {
        // As for a complement (below): the body the acronym names, not the one it belongs to.
        organization = prefix.name
        organizationText = [[prefix.start, prefix.end]]
      }
      index = after
    }
  } else if (claimed[index]) return null
  const start = index
  index = skipModifiers(tokens, index)
  const head = index < tokens.length ? roleHeadAt(tokens, index, allCaps) : null
  if (!head) return null
  // `Sultan bin Jassim Al-Marri`: a ruler's title before `bin` is a given name (a title comes before one).
  if (head.length === 1 && rulerAsGivenName(tokens, index)) return null
  // `(Turkish) President`: a country adjective in brackets.
  const bracket = /\(([^()]{3,30})\)\s*$/.exec(text.slice(Math.max(0, tokens[start]!.start - 40), tokens[start]!.start))
  if (tokens.slice(start, index + head.length).some((_token, offset) => claimed[start + offset])) return null
  let plural = head.head.endsWith('ministers')
  index += head.length

  // Complements and coordinated posts.
  for (;;) {
    const token = tokens[index]
    if (!token) break
    if (!spaceBetween(text, tokens[index - 1]!, token)) {
      // `for Political Affairs, Peace and Security`: a portfolio listed with commas, closed by `and`.
      const listed = portfolioWords.has(tokens[index - 1]!.key) ? portfolioList(tokens, index, text, allCaps) : -1
      if (listed < 0) break
      index = listed
      continue
    }
    if (/^(?:of|for|to)$/.test(token.text)) {
      let next = index + 1
      if (tokens[next]?.key === 'the' && spaceBetween(text, token, tokens[next]!)) next++
      const target = tokens[next]
      if (!target || !spaceBetween(text, tokens[next - 1]!, target)) break
      const mention = mentionStartingAt(scanned, target)
      if (mention?.kind === 'country' && mention.form !== 'demonym' && mention.form !== 'capital') {
        country = mention.code
        countryText ??= []
        countryText.push([token.start, mention.end])
        index = firstFrom(tokens, mention.end)
        continue
      }
      if (mention?.kind === 'organization') {
        // The post serves what the complement names, a body included (`Chairman of the Council of
        // Foreign Ministers of the OTS` chairs the Council, not the OTS; `Director of the SCO RATS`
        // serves a body the knowledge files name as an organization of its own). The organization a
        // body belongs to stays on the body's own mention (`parent`), which the resolver follows.
        organization = mention.name
        organizationText ??= []
        organizationText.push([token.start, mention.end])
        index = firstFrom(tokens, mention.end)
        continue
      }
      // Another's post: `Special Representative of the Secretary-General`, `Adviser to the President`.
      let nestedAt = next
      while (nestedAt + 1 < tokens.length && roleModifiers.has(tokens[nestedAt]!.key) && spaceBetween(text, tokens[nestedAt]!, tokens[nestedAt + 1]!)) nestedAt++
      const nested = token.text !== 'for' && (target.cap || allCaps) ? roleHeadAt(tokens, nestedAt, allCaps) : null
      const nestedEnd = nested ? nestedAt + nested.length : next
      if (nested && tokens.slice(next, nestedEnd).every((item, offset) => (item.cap || allCaps) && (offset === 0 || spaceBetween(text, tokens[next + offset - 1]!, item)))) {
        index = nestedEnd
        continue
      }
      // A portfolio: `of Foreign Affairs and Trade`, `of the Cabinet of Ministers`.
      let end = next
      const capitalised = (item: Token) => item.cap || allCaps
      while (end < tokens.length && capitalised(tokens[end]!) && (portfolioWords.has(tokens[end]!.key) || (connectors.has(tokens[end]!.key) && end > next))) {
        if (!spaceBetween(text, tokens[end - 1]!, tokens[end]!)) break
        end++
      }
      while (end > next && connectors.has(tokens[end - 1]!.key)) end--
      if (end > next) {
        index = end
        continue
      }
      // A region, for the posts that serve one (`Special Representative for the Sahel,`, `Envoy to
      // the Great Lakes Region.`): capitalised words that a comma, a bracket or the sentence's end
      // closes, so that a name after them stays a name (`Envoy for the Sahel Ana Ruiz` has none).
      if (regionHead.test(head.head)) {
        end = next
        while (end < tokens.length && end - next < 6 && (tokens[end]!.cap || (connectors.has(tokens[end]!.key) && end > next)) && spaceBetween(text, tokens[end - 1]!, tokens[end]!)) end++
        while (end > next && connectors.has(tokens[end - 1]!.key)) end--
        if (end > next && /^(?:\s*[,;)(]|[.!?]?\s*$|\.\s)/.test(text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 2))) {
          index = end
          continue
        }
      }
      break
    }
    if (token.key === 'and') {
      const after = skipModifiers(tokens, index + 1)
      const coordinated = after < tokens.length ? roleHeadAt(tokens, after, allCaps) : null
      if (coordinated && (tokens[after]!.cap || allCaps) === (tokens[start]!.cap || allCaps)) {
        index = after + coordinated.length
        plural = false
        continue
      }
      // `… of Foreign Affairs and Trade`, `… for Political and Peacebuilding Affairs`
      const portfolioAt = (position: number) => position < tokens.length && (tokens[position]!.cap || allCaps) && portfolioWords.has(tokens[position]!.key)
      if (portfolioAt(index + 1)) {
        index += 2
        while (portfolioAt(index) && spaceBetween(text, tokens[index - 1]!, tokens[index]!)) index++
        continue
      }
    }
    break
  }
  // `the new premier of Kazakhstan`: `new` says when, it is no part of the post (`former`, `acting` are).
  let postStart = at
  if (at === start) while (postStart + 1 < index && tokens[postStart]!.key === 'new' && !roleHeadAt(tokens, postStart, true)) postStart++
  const first = tokens[postStart]!
  const last = tokens[index - 1]!
  const post = text.slice(first.start, last.end)
  // The function: the post without its country (prefix or complement) and organization complement.
  let fn = post
  for (const [from, to] of [...(countryText ?? []), ...(organizationText ?? [])].sort((a, b) => b[0] - a[0])) {
    fn = fn.slice(0, from - first.start) + fn.slice(to - first.start)
  }
  fn = fn.replace(/\s+/g, ' ').replace(/^[’']s\s+/, '').replace(/^(?:the|new)\s+/i, '').trim()
  fn = fn.replace(/\s+(?:of|for|to)(?:\s+the)?$/i, '').trim()
  if (plural) fn = fn.replace(/ministers$/i, (value) => value.slice(0, -1))
  if (bracket && !country) {
    const entry = countryIndex(context.knowledge).entries.get(fold(bracket[1]!))
    if (entry) country = entry.code
  }
  // `Kazakhstan’s delegation headed by Minister of Foreign Affairs X`: the delegation's country.
  const lead = country ? '' : text.slice(Math.max(0, first.start - 80), first.start)
  const delegation = lead.includes('delegation')
    ? /(\p{Lu}[\p{L}\s-]{2,40}?)[’']s\s+delegation\s+(?:was\s+)?(?:headed|led)\s+by\s+$|delegation\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\s-]{2,40}?),?\s+(?:headed|led)\s+by\s+$/u.exec(lead)
    : null
  if (delegation && !country) {
    const words = (delegation[1] ?? delegation[2])!.trim().split(/\s+/)
    for (let from = 0; from < words.length && !country; from++) {
      const entry = countryIndex(context.knowledge).entries.get(fold(words.slice(from).join(' ')))
      if (entry) country = entry.code
    }
  }
  if (!fn) return null
  // A post written in lowercase (`the minister`) names someone only with its country or
  // organization (`Azerbaijani foreign minister`, `premier of Kazakhstan`) or a name after it.
  if (!allCaps && !tokens[start]!.cap && country === null && organization === null) {
    const next = tokens[index]
    // `sent its deputy foreign minister, Ana Lima,`: after a possessive, a name in apposition too.
    const apposed = next !== undefined && /^,\s+$/.test(text.slice(last.end, next.start)) && /\b(?:its|their|his|her|our)\s+$/i.test(text.slice(Math.max(0, first.start - 8), first.start))
    if (!next || !(spaceBetween(text, last, next) || apposed) || !/^\p{Lu}\p{Ll}/u.test(next.text) || notNames.has(next.key)) return null
  }
  // `General`, `Head`, `Speaker` alone are posts only before a name (`General Ahmed`, not `General Assembly`).
  if (ambiguousHeads.has(fold(fn)) && country === null && organization === null) {
    const next = tokens[index]
    if (!next || !spaceBetween(text, last, next) || !/^\p{Lu}\p{Ll}/u.test(next.text) || organizationHeads.has(next.key) || notNames.has(next.key)) return null
  }
  // A plural post with nothing to say whose it is (`Honorable Ministers`) names no one.
  if (plural && !country && !organization) return null
  return {
    mention: {
      kind: 'role',
      segment: segment.index,
      start: first.start,
      end: last.end,
      post,
      function: fn,
      country,
      organization,
      plural
    },
    from: postStart,
    to: index
  }
}

/**
 * Where a comma-separated list of portfolio words that continues a portfolio ends (`, Peace and
 * Security` after `Political Affairs`), or -1 when the tokens from `at` are not one: every item
 * capitalised portfolio words, the items parted by `, `, the last after `and`.
 */
function portfolioList(tokens: Token[], at: number, text: string, allCaps: boolean): number {
  const word = (index: number) => index < tokens.length && (tokens[index]!.cap || allCaps) && portfolioWords.has(tokens[index]!.key)
  let index = at
  for (let items = 0; items < 8; items++) {
    if (!/^,\s$/.test(between(text, tokens[index - 1]!, tokens[index]!))) return -1
    if (!word(index)) return -1
    while (word(index + 1) && spaceBetween(text, tokens[index]!, tokens[index + 1]!)) index++
    index++
    const next = tokens[index]
    if (next?.key === 'and' && spaceBetween(text, tokens[index - 1]!, next) && word(index + 1) && spaceBetween(text, next, tokens[index + 1]!)) {
      index += 2
      while (word(index) && spaceBetween(text, tokens[index - 1]!, tokens[index]!)) index++
      return index
    }
    if (!next) return -1
  }
  return -1
}

function skipModifiers(tokens: Token[], at: number): number {
  let index = at
  while (index < tokens.length && (roleModifiers.has(tokens[index]!.key) || tokens[index]!.key === 'new') && !roleHeadAt(tokens, index, true)?.head.startsWith(tokens[index]!.key + ' ')) {
    if (roleHeadAt(tokens, index, true)) break
    index++
  }
  // `Trade Minister`, `Defence and Security Minister`: a capitalised portfolio before `Minister`.
  let head = index
  while (head < tokens.length && head - index < 4 && (tokens[head]!.cap || (head > index && tokens[head]!.key === 'and')) && portfolioWords.has(tokens[head]!.key) !== (tokens[head]!.key === 'and')) {
    if (roleHeadAt(tokens, head, true)) break
    head++
  }
  if (head > index && tokens[head - 1]!.key !== 'and' && /^(?:deputy )?ministers?$/.test(roleHeadAt(tokens, head, true)?.head ?? '')) return head
  return index
}

// ---------------------------------------------------------------------------------------------
// People

function findPeople(scanned: ScannedSegment, context: ScanContext, claimed: boolean[]): void {
  const {tokens, segment} = scanned
  const text = segment.text
  const roles = scanned.mentions.filter((mention): mention is RoleMention => mention.kind === 'role')
  const sortedRoles = [...roles].sort((a, b) => a.start - b.start)
  const found: PersonMention[] = []
  const foundStarts = new Map<number, PersonMention>()
  // Countries by where they end (dash lists), made when first needed: no country is found after this.
  let countryEnds: Map<number, CountryMention> | null = null
  const add = (from: number, length: number, evidence: PersonMention['evidence'], role: RoleMention | null, honorific: string | null): PersonMention | undefined => {
    const first = tokens[from]!
    const last = tokens[from + length - 1]!
    if (foundStarts.has(first.start)) return undefined
    for (let position = from; position < from + length; position++) claimed[position] = true
    const person: PersonMention = {
      kind: 'person',
      segment: segment.index,
      start: first.start,
      end: last.end,
      name: text.slice(first.start, last.end),
      words: tokens.slice(from, from + length).map((token) => token.key),
      evidence,
      honorific,
      role,
      entity: ''
    }
    found.push(person)
    foundStarts.set(first.start, person)
    return person
  }

  // Honorifics: `H.E. Aliya Nurova`, `Mr. Ming`.
  const honorificMatches = [...text.matchAll(honorificPattern)]
  const honorificStarts = new Set(honorificMatches.map((match) => match.index))
  for (const match of honorificMatches) {
    const value = match[0]
    const after = firstFrom(tokens, match.index + value.length)
    // `H.E. Prof. X`, `H.E. Amb. X`: the name comes after the last honorific.
    const run = after < tokens.length && honorificStarts.has(tokens[after]!.start) ? 0 : nameRun(scanned, after, claimed, afterHonorific)
    scanned.mentions.push({kind: 'honorific', segment: segment.index, start: match.index, end: match.index + value.length, value})
    if (run > 0) add(after, run, 'honorific', null, value)
    else {
      // `H.E. Timur Sadykov Deputy Chairman …` where a post follows: the name was already read.
    }
  }

  // `Ambassador Ana Ramos, Permanent Representative of Peru to the AU`: a post after the name that
  // names a country or an organization says more than a bare rank or post before it.
  // A bare rank before the name (`Ambassador`, `General`) gives way to any capitalised post after it
  // (`Ambassador Ana Ramos, Commissioner for Political Affairs`).
  const appositionOver = (role: RoleMention, end: number): RoleMention => {
    if (role.country || role.organization) return role
    const next = sortedRoles[firstFrom(sortedRoles, end)]
    if (next && /^,\s*$/.test(text.slice(end, next.start)) && /^\p{Lu}/u.test(next.post) && (next.country || next.organization || ranks.has(fold(role.function)))) return next
    // `the Minister of External Relations of Angola, Ambassador X`: a rank after the post, the name
    // after the rank; not when the post is someone's named before it (`Ana Ramos, Minister of …, Ambassador X`).
    if (!ranks.has(fold(role.function))) return role
    const earlier = sortedRoles[lastEndingBy(sortedRoles, role.start)]
    if (!earlier || !/^,\s*$/.test(text.slice(earlier.end, role.start)) || !(earlier.country || earlier.organization) || !/^\p{Lu}/u.test(earlier.post)) return role
    return /\b[Tt]he\s+$/.test(text.slice(Math.max(0, earlier.start - 4), earlier.start)) ? earlier : role
  }

  // `Minister Carlos Ortega of Chile`: a country named right after the name is the post's, when the
  // post names none (a copy: the post's own mention stays as written).
  const countryAfter = (role: RoleMention, next: number): RoleMention => {
    if (role.country || role.organization) return role
    let at = next
    if (tokens[at]?.text !== 'of' || !spaceBetween(text, tokens[at - 1]!, tokens[at]!)) return role
    at++
    if (tokens[at]?.key === 'the') at++
    const target = tokens[at]
    if (!target || !spaceBetween(text, tokens[at - 1]!, target)) return role
    const mention = mentionStartingAt(scanned, target)
    return mention?.kind === 'country' && mention.form !== 'demonym' && mention.form !== 'capital' ? {...role, country: mention.code} : role
  }

  // Writers: names after `By` on a byline line (`By Rosa Mena and Luis Paz`) and in a wire's credits
  // (`(Reporting by Rosa Mena and Luis Paz; Editing by Ana Ramos)`).
  const writers = (from: number) => {
    let at = from
    while (at < tokens.length) {
      const run = nameRun(scanned, at, claimed, singleWord)
      if (run < 2) break
      // `By Al Jazeera Staff`, `By Reuters Reporters`: a newsroom, not a writer.
      if (/^(?:staff|reporters?|correspondents?|desk|team|bureau|agencies|editors?)$/.test(tokens[at + run - 1]!.key)) break
      add(at, run, 'byline', null, null)
      at += run
      // `By Rosa Mena, Andes Wire`: what follows a comma is the outlet; `, with Luis Paz in Lima` a co-writer.
      if (tokens[at]?.key === 'with' && /^,\s*$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) {
        at++
        continue
      }
      if (tokens[at]?.key !== 'and') break
      at++
    }
  }
  if (segment.role === 'boilerplate' && tokens[0]?.key === 'by' && /^By\s/i.test(text) && !/[.!?]$/.test(text.trim())) writers(1)
  // A masthead's line of parts with a writer's bare name (`Seda Kaya |03.02.2025`), a photo credit
  // (`Photo: ANP / Koen Smit`).
  if (segment.role === 'boilerplate' && /^[^|]{3,60}\s*\|/.test(text) && !/^(?:by|source|editor|photo)\b/i.test(text)) {
    const run = nameRun(scanned, 0, claimed, twoWordsOrMore)
    if (run >= 2 && /^\s*\|/.test(text.slice(tokens[run - 1]!.end))) add(0, run, 'byline', null, null)
  }
  // `(AP Photo/Seydou Camara)`, `(Xinhua/Ren Zhaoyang)`, `© MEAE/Clémence Le Guen`, `REUTERS/Ana Lima`: a photographer.
  const credits = text.includes('/') ? text.matchAll(/(?:[(©]\s*(?:\p{Lu}[\p{L}.&-]*\s+)?(?:Photo|PHOTO|Foto|\p{Lu}{2,10}|Xinhua|Reuters|Anadolu|Bernama|Getty\s+Images)|\b(?:REUTERS|AFP|EPA|AP\s+Photo))\s*\/\s*(?=\p{Lu})/gu) : []
  for (const match of [...text.matchAll(/\b(?:Photo|Photos|Photograph|Credit)\s*:\s*(?:[\p{L}.&-]+\s*\/\s*)?(?=\p{Lu})/gu), ...credits]) {
    const at = firstFrom(tokens, match.index + match[0].length)
    const run = nameRun(scanned, at, claimed, twoWordsOrMore)
    if (run >= 2) add(at, run, 'byline', null, null)
  }
  // A questioner who names themselves and their outlet: `Question: Good evening, sir. Ritika Deshmukh
  // from Hindustan Times.`, `Q: Sir, this is Abhinav from CNN-News18.`, `Question: Farhan Qureshi, Doordarshan.`
  const asking = /^(?:Question|Q)\s*:\s*/.exec(text)
  if (asking) {
    const opening = text.slice(0, 160)
    const introduced =
      /(?:^(?:Question|Q)\s*:\s*|[.!?,]\s+)(?:(?:this\s+is|I\s+am|I['’]m|my\s+name\s+is)\s+)?(?=\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}(?:\s+from\s+|,\s+)\p{Lu})/gu
    for (const match of opening.matchAll(introduced)) {
      const at = firstFrom(tokens, match.index + match[0].length)
      if (at >= tokens.length || notNames.has(tokens[at]!.key) || /^(?:sir|madam|ma['’]am|minister|secretary|excellency)$/i.test(tokens[at]!.text)) continue
      const run = nameRun(scanned, at, claimed, singleWord)
      if (run === 0) continue
      const rest = text.slice(tokens[at + run - 1]!.end)
      // `from` or a comma, then the outlet: a capitalised name.
      if (/^(?:\s+from\s+|,\s+)\p{Lu}/u.test(rest)) {
        add(at, run, 'byline', null, null)
        break
      }
    }
  }
  // A questioner named in a transcript's label: `Question [Ines Moreno, Agencia EFE]:`.
  const questioner = /^(?:Question|Q|Reporter|Journalist)\s*[[(]\s*(?=\p{Lu})/u.exec(text)
  if (questioner) {
    const at = firstFrom(tokens, questioner[0].length)
    const run = nameRun(scanned, at, claimed, twoWordsOrMore)
    // The name, then the outlet after a comma (`Reporter (Asahi Shimbun):` names an outlet only).
    if (run >= 2 && text.charAt(tokens[at + run - 1]!.end) === ',') add(at, run, 'byline', null, null)
  }
  if (text.includes(' by ')) {
    for (const match of text.matchAll(/\b(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Edited|Written)\s+by\s+(?=\p{Lu})/gu)) {
      writers(firstFrom(tokens, match.index + match[0].length))
    }
  }

  // A post right before the name: `Foreign Minister of Azerbaijan Aliya Nurova`, `President Biden`.
  const honorificsAt = new Map<number, HonorificMention>()
  for (const mention of scanned.mentions) if (mention.kind === 'honorific') honorificsAt.set(mention.start, mention)
  for (const role of roles) {
    let after = firstFrom(tokens, role.end)
    // `Minister of Foreign Affairs, H.E. Tan Sri Kamal Hashim`: past the honorific read above.
    let title = after < tokens.length ? honorificsAt.get(tokens[after]!.start) : undefined
    // `H.E. Ana Ramos, Minister of …, H.E. Luis Paz`: the post is the name's before it.
    if (title && found.some((person) => /^,\s*$/.test(text.slice(person.end, role.start)))) title = undefined
    if (title) after = firstFrom(tokens, title.end)
    // `H.E. Mr. Luis Paz`: two honorifics.
    for (let next = title && after < tokens.length ? honorificsAt.get(tokens[after]!.start) : undefined; next; next = after < tokens.length ? honorificsAt.get(tokens[after]!.start) : undefined) {
      after = firstFrom(tokens, next.end)
    }
    const gap = after < tokens.length ? text.slice(role.end, title ? title.start : tokens[after]!.start) : ''
    const honorific = title ? ([title.value, title.value] as const) : gapHonorific.exec(gap)
    if (!(gap === ' ' || /^,\s+$/.test(gap) || honorific)) continue
    if (/^,\s+$/.test(gap) && !role.post.match(/^\p{Lu}/u) && !/\b(?:our|their|his|her|its|the)\s+$/i.test(tail(text, role.start))) continue
    const existing = tokens[after] ? foundStarts.get(tokens[after]!.start) : undefined
    if (existing) {
      existing.role ??= role
      continue
    }
    const run = nameRun(scanned, after, claimed, singleWord)
    if (run === 0) continue
    // A comma apposition must close: `our ambassador to ASEAN, Yohannes Abraham, is …`.
    if (gap.startsWith(',')) {
      const end = tokens[after + run - 1]!.end
      // (Letters after the name may come first: `…, Siobhán O'Brien-Keane TD, back to …`.)
      if (!/^(?:\s+\p{Lu}{2,5})*[,.;:)]/u.test(text.slice(end, end + 20)) && text.slice(end).trim() !== '') continue
    }
    const end = tokens[after + run - 1]!.end
    const chosen = countryAfter(appositionOver(role, end), after + run)
    const person = add(after, run, 'role', chosen, honorific ? honorific[1]! : null)
    if (person && chosen !== role) person.before = role
    void after
    after = 0
  }

  for (let at = 0; at < tokens.length; at++) {
    if (claimed[at]) continue
    const run = nameRun(scanned, at, claimed, singleWord)
    if (run === 0) continue
    const last = tokens[at + run - 1]!
    const rest = text.slice(last.end + (last.possessive ? 2 : 0))
    const single = run === 1
    // A post after the name: `Aliya Nurova, Minister of …`, `Timur Sadykov Deputy Chairman …`, `Erlan Serikov as the new premier`.
    const nextRole = sortedRoles[firstFrom(sortedRoles, last.end)]
    const roleGap = nextRole ? text.slice(last.end, nextRole.start) : ''
    const roleAfter =
      nextRole &&
      (appositionGap.test(roleGap) || (roleGap === ' ' && !single && /^\p{Lu}/u.test(nextRole.post)) || /^\s+as\s+(?:the\s+)?(?:new\s+)?$/.test(roleGap))
        ? nextRole
        : undefined
    if (roleAfter && (!single || text.startsWith(',', last.end))) {
      add(at, run, 'apposition', closingCountry(scanned, roleAfter), null)
      at += run - 1
      continue
    }
    // A reporting verb after the name: `Nurova said`, `Kubanychbek Omuraliev said`, `Erdogan voices`;
    // after a name set off by commas, two words at least: `France's envoy in Nouméa, Jean Dupont, said`.
    const verb =
      /^\s+(?:(?:further|also|then|later|again|however|himself|herself|earlier|today|on\s+\w+day),?\s+)?(\p{Ll}+)/u.exec(rest) ??
      (!single && /,\s*$/.test(text.slice(Math.max(0, tokens[at]!.start - 3), tokens[at]!.start)) ? /^,\s+(\p{Ll}+)/u.exec(rest) : null)
    // A surname alone only before a reporting verb: `Summits held`, `Sanctions hit` are no one.
    if (verb && (reportingVerbs.has(verb[1]!) || (!single && actionVerbs.has(verb[1]!))) && (!single || isPlausibleSurname(scanned, at, context))) {
      add(at, run, 'verb', null, null)
      at += run - 1
      continue
    }
    // A headline's speaker: `Sahinoglu: Turkiye ready …`.
    // Not a page's menu (`Download: English | Français`).
    if (at === 0 && /^:\s/.test(rest) && (segment.role === 'title' || segment.role === 'boilerplate') && !menuWord.test(tokens[0]!.text) && isPlausibleSurname(scanned, at, context)) {
      add(at, run, 'headline', null, null)
      at += run - 1
      continue
    }
    // An inverted tag after a quotation: `…,» said Omuraliev.`
    const windowStart = Math.max(0, tokens[at]!.start - window)
    const before = text.slice(windowStart, tokens[at]!.start)
    const inverted = /[”"»’],?\s+(\p{Ll}+)\s+$/u.exec(before)
    if (inverted && reportingVerbs.has(inverted[1]!) && (!single || isPlausibleSurname(scanned, at, context))) {
      add(at, run, 'verb', null, null)
      at += run - 1
      continue
    }
    // A counterpart: `his Turkish counterpart Emre Kaya`, `her Danish counterpart, Lars Holm,`.
    // The post is the other's, unsaid: the name only.
    if (/\bcounterparts?,?\s+$/.test(before) && (!single || isPlausibleSurname(scanned, at, context))) {
      add(at, run, 'apposition', null, null)
      at += run - 1
      continue
    }
    // A dash list: `foreign ministers of Azerbaijan – Farid Guliyev, Kyrgyzstan – Daniyar Osmonov`.
    const dash = dashBefore(before) ? /([\p{L}.]+)\s+[–—-]\s+$/u.exec(before) : null
    if (dash && run >= 2) {
      const dashAt = before.trimEnd().length - 1
      const itemStart = windowStart + before.slice(0, dashAt).trimEnd().length
      countryEnds ??= firstByEnd(scanned.mentions.filter((mention): mention is CountryMention => mention.kind === 'country'))
      const country = countryEnds.get(itemStart)
      let list: RoleMention | undefined
      for (let index = lastEndingBy(sortedRoles, tokens[at]!.start); index >= 0; index--) {
        if (sortedRoles[index]!.plural) {
          list = sortedRoles[index]
          break
        }
      }
      // The first item's country is the list's own (`foreign ministers of Azerbaijan – …`); later
      // items name theirs (`Kyrgyzstan – …`), or none the lexicon knows.
      const first = list !== undefined && list.end === itemStart
      if (country || list) {
        add(at, run, 'dash', list ? {...list, country: country?.code ?? (first ? list.country : null)} : null, null)
        at += run - 1
      }
    }
  }

  // Signatures: the name line of a signature block.
  if (segment.role === 'signature') {
    const lines = [...text.matchAll(/[^\r\n]+/g)]
    for (const line of lines) {
      const first = firstFrom(tokens, line.index)
      const run = nameRun(scanned, first, claimed, twoWordsOrMore)
      if (run >= 2 && tokens[first + run - 1]!.end === line.index + line[0].trimEnd().length) {
        const roleLine = roles.find((role) => role.start > tokens[first + run - 1]!.end)
        add(first, run, 'signature', roleLine ?? null, null)
        break
      }
    }
  }
  scanned.mentions.push(...found)
}

/** Whether a text ends with a dash and white space (what the dash list pattern needs at its end). */
function dashBefore(before: string): boolean {
  const trimmed = before.trimEnd()
  if (trimmed.length === before.length) return false
  const last = trimmed.charAt(trimmed.length - 1)
  return last === '–' || last === '—' || last === '-'
}

/**
 * How many tokens from `at` form a person's name (0 when none): capitalised words, initials and
 * particles (`bin`, `Al`), not a post, an organization word, a country, a month or a pronoun.
 */
export function nameRun(scanned: ScannedSegment, at: number, claimed: readonly boolean[], options: {single: boolean; particleFirst?: boolean}): number {
  const {tokens, segment, allCaps} = scanned
  const text = segment.text
  let length = 0
  // Five words, and one more for each particle among them, two at most (`Íñigo Fernández de Córdoba y Sáenz`).
  let particleCount = 0
  while (at + length < tokens.length && length < 5 + Math.min(2, particleCount)) {
    const token = tokens[at + length]!
    if (claimed[at + length]) break
    if (length > 0) {
      const previous = tokens[at + length - 1]!
      // One space, or the full stop and space after an initial (`Donald J. Trump`).
      if (!spaceBetween(text, previous, token) && !((previous.text.length === 1 || saint.test(previous.text)) && initialGap.test(between(text, previous, token)))) break
      if (previous.possessive) break
    }
    // `de Souza`, `van der Linden`, `de la Torre`: particles (one or two) before a capitalised word.
    const isParticle =
      particles.has(token.key) &&
      (length > 0 || (options.particleFirst === true && !token.cap)) &&
      at + length + 1 < tokens.length &&
      (tokens[at + length + 1]!.cap || (particles.has(tokens[at + length + 1]!.key) && at + length + 2 < tokens.length && tokens[at + length + 2]!.cap))
    // (`token.cap` is whether the word starts with a capital: `/^\p{Lu}/u`.)
    const isInitial = token.cap && text.charAt(token.end) === '.' && (capitalOnly.test(token.text) || (length > 0 && saint.test(token.text)))
    // `al-Moussawi`, `el-Din`, `d'Aubigny`: an Arabic article or a French elision before a capital, inside a name.
    const prefixed = length > 0 && /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|d|l)[-'’]\p{Lu}/u.test(token.text)
    // `IWASAKI Haruko`, `Foreign Minister NAKAMURA Kenji`: a surname in capitals beside a given name
    // (Japanese style); a run of capitals alone is no name (checked below).
    // Letters after a name (`MP`, `DCMG`, `TD`) are no part of it.
    if (length > 0 && token.caps && postNominals.has(token.key)) break
    const surnameInCapitals = !allCaps && token.caps && token.text.length >= 3 && !notNames.has(token.key)
    const nameLike = allCaps
      ? token.caps || token.cap
      : token.cap && (capitalisedName.test(token.text) || joinedCapitals.test(token.text) || surnameInCapitals)
    if (!(isParticle || isInitial || nameLike || prefixed)) break
    if (isParticle) particleCount++
    // `Sultan bin Jassim`: a ruler's title before `bin` is a given name.
    const givenName = rulerAsGivenName(tokens, at + length)
    if (!isParticle && !isInitial && !givenName && !prefixed) {
      if (length === 0 && (notNames.has(token.key) || regions.has(token.key))) break
      // Function words and contractions never sit inside a name (`Biden After …`, `We’ve`).
      if (functionWords.has(token.key) || contraction.test(token.text)) break
      if (organizationHeads.has(token.key) || documentHeads.has(token.key) || geographyHeads.has(token.key)) break
      if (roleHeadAt(tokens, at + length, true) && tokens[at + length]!.cap) break
      if (allCaps && notNames.has(token.key)) break
    }
    length++
  }
  while (length > 0 && particles.has(tokens[at + length - 1]!.key)) length--
  // Words in capitals only with a word in title case among them (`IWASAKI Haruko`; not `NHK`, `IWASAKI`).
  if (!allCaps && length > 0 && tokens[at]!.caps && tokens.slice(at, at + length).every((item) => item.caps || particles.has(item.key))) return 0
  if (length === 1 && !options.single) return 0
  if (length === 1 && tokens[at]!.text.length < 3) return 0
  return length
}

/**
 * A post with the country named after it where that closes the text (`X, Minister of State, United
 * Arab Emirates`, a list's item; `Kingdom of Bahrain` too), when the post names none.
 *
 * @param scanned
 *   The segment.
 * @param role
 *   A post in it.
 * @returns
 *   The post, with that country (a copy), or as it was.
 */
export function closingCountry(scanned: ScannedSegment, role: RoleMention): RoleMention {
  if (role.country || role.organization) return role
  const text = scanned.segment.text
  const gap = /^,\s*/.exec(text.slice(role.end))
  if (!gap) return role
  // The country's name, or its form of state before it (`Kingdom of Bahrain`) when that is no part of the name the lexicon knows.
  const form = /^(?:the\s+)?(?:Kingdom|State|Republic|Sultanate|Emirate|Federation|Principality|Commonwealth)\s+of\s+(?:the\s+)?/.exec(text.slice(role.end + gap[0].length))
  for (const skip of form ? [0, form[0].length] : [0]) {
    const target = scanned.tokens[firstFrom(scanned.tokens, role.end + gap[0].length + skip)]
    const mention = target ? mentionStartingAt(scanned, target) : undefined
    if (mention?.kind !== 'country' || mention.form === 'demonym' || mention.form === 'capital') continue
    return /^\s*[.;]?\s*$/.test(text.slice(mention.end)) ? {...role, country: mention.code} : role
  }
  return role
}

function isPlausibleSurname(scanned: ScannedSegment, at: number, context: ScanContext): boolean {
  const token = scanned.tokens[at]!
  if (notNames.has(token.key) || organizationHeads.has(token.key)) return false
  if (countryIndex(context.knowledge).entries.has(token.key)) return false
  if (organizationIndex(context.knowledge).entries.has(token.key)) return false
  // `the Baltic states`, `those Gulf states`: a determiner does not come before a surname.
  const previous = scanned.tokens[at - 1]
  if (previous && determiners.has(previous.key) && /^\s+$/.test(scanned.segment.text.slice(previous.end, token.start))) return false
  return token.text.length >= 3
}

/**
 * Honorifics before a name: `H.E.`, `Mr.`, `Dr.`, and the Malay titles that stand before one
 * (`Dato' Seri`, `Tan Sri`, `Datuk`), also after `H.E.` (`H.E. Dato' Seri Anwar …`).
 */
const malayTitles = String.raw`(?:Dato['’]?\s+Seri|Dato['’]?\s+Sri|Datuk\s+Seri|Dato['’]|Datuk|Tan\s+Sri|Puan\s+Sri|Tun|Toh\s+Puan)`
/** Commonwealth styles: `the Hon.`, `the Rt Hon.`, `Senator the Hon.`, `the Honourable`. */
const honourable = String.raw`(?:Senator\s+)?(?:[Tt]he\s+)?(?:Rt\.?\s+|Right\s+)?(?:Hon\.|Honou?rable|(?<=(?:[Tt]he|Rt\.?|Right)\s+)Hon\b)(?!\s+(?:Ministers|Members|Delegates|Colleagues|Guests|Representatives|Participants|Friends|Ladies)\b)`
// Every honorific opens with a capital or `the`: the lookahead lets the engine skip other places fast
// (three times faster than the lookbehind alone).
const honorificPattern = new RegExp(
  String.raw`(?=[A-Zt])(?<![\p{L}])(?:(?:H\.\s?E\.|H\.\s?H\.|His Excellency|Her Excellency|YAB|YB)(?:\s+${malayTitles})?|${malayTitles}|${honourable}(?:\s+(?:Dr\.?|Sir|Dame))?|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|${styleHonorific}|Mr|Mrs|Ms|Dr|Dona|Ratu|Princess|Prince|HRH|HH|Elder|(?:(?:Lt|Maj|Brig)\.?\s+)?(?:Gen|Col|Capt|Maj|Adm|Cmdr|Cdr|Lt|Sgt|Brig)\.)(?=\s+(?:(?:de|da|dos|das|del|van|von|der|la|le|di|du)\s+){0,2}\p{Lu})`,
  'gu'
)
const gapHonorific = new RegExp(String.raw`^,?\s*((?:H\.\s?E\.|His Excellency|Her Excellency|YAB|YB)(?:\s+${malayTitles})?|${malayTitles}|${honourable})\s+$`, 'u')

/** Posts that are ranks, which a fuller post after the name says more than. */
const ranks = new Set(['ambassador', 'general', 'colonel', 'admiral', 'major', 'envoy'])

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'all', 'both', 'other'])

// ---------------------------------------------------------------------------------------------
// Helpers

function longest<Entry>(
  tokens: Token[],
  at: number,
  index: {maxWords: number; prefixes: Set<string>},
  text: string,
  lookup: (key: string, length: number, first: Token) => Entry | undefined
): [Entry, number] | undefined {
  // Grow the phrase word by word while it is a prefix of some entry; keep the longest entry met.
  const first = tokens[at]!
  let key = first.key
  if (!index.prefixes.has(key)) return undefined
  const keys = [key]
  for (let length = 2; length <= index.maxWords && at + length - 1 < tokens.length; length++) {
    const previous = tokens[at + length - 2]!
    const next = tokens[at + length - 1]!
    const gap = between(text, previous, next)
    if (previous.possessive || !phraseGap.test(gap)) break
    key = `${key} ${next.key}`
    if (!index.prefixes.has(key)) break
    keys.push(key)
  }
  for (let length = keys.length; length >= 1; length--) {
    const last = tokens[at + length - 1]!
    if (length > 1 && !(last.cap || startsWithDigit.test(last.text))) continue
    const entry = lookup(keys[length - 1]!, length, first)
    if (entry) return [entry, length]
  }
  return undefined
}

type Unplaced<T> = T extends unknown ? Omit<T, 'segment'> : never

function push(scanned: ScannedSegment, claimed: boolean[], from: number, to: number, mention: Unplaced<Mention>): void {
  scanned.mentions.push({...mention, segment: scanned.segment.index} as Mention)
  claim(claimed, from, to)
}

function claim(claimed: boolean[], from: number, to: number): void {
  for (let position = from; position < to; position++) claimed[position] = true
}

/**
 * Mentions by where they end, the first (in order) for each end.
 *
 * @param mentions
 *   Mentions.
 * @returns
 *   End offset → mention.
 */
function firstByEnd<T extends Mention>(mentions: readonly T[]): Map<number, T> {
  const map = new Map<number, T>()
  for (const mention of mentions) if (!map.has(mention.end)) map.set(mention.end, mention)
  return map
}

function mentionStartingAt(scanned: ScannedSegment, token: Token): Mention | undefined {
  return firstStartingAt(startIndexes, scanned, token, (mention) => mention.kind !== 'honorific')
}

/**
 * The first organization mention (in the order found) that starts where a token starts.
 *
 * @param scanned
 *   The segment.
 * @param token
 *   The token.
 * @returns
 *   The organization, or undefined.
 */
function organizationStartingAt(scanned: ScannedSegment, token: Token): OrganizationMention | undefined {
  return firstStartingAt(organizationStarts, scanned, token, (mention) => mention.kind === 'organization') as OrganizationMention | undefined
}

/** Mentions by where they start: how many of the segment's mentions are in, and the first at each start. */
interface StartIndex {
  size: number
  map: Map<number, Mention>
}

const startIndexes = new WeakMap<ScannedSegment, StartIndex>()
const organizationStarts = new WeakMap<ScannedSegment, StartIndex>()

/**
 * The first mention (in the order found) that a test accepts and that starts where a token starts.
 * Mentions are looked up by where they start; the index takes in what was added since the last call
 * (mentions are only ever appended), so a lookup costs constant time, not a pass over the mentions.
 *
 * @param indexes
 *   The indexes for this test, by segment.
 * @param scanned
 *   The segment.
 * @param token
 *   The token.
 * @param accept
 *   Which mentions count.
 * @returns
 *   The mention, or undefined.
 */
function firstStartingAt(indexes: WeakMap<ScannedSegment, StartIndex>, scanned: ScannedSegment, token: Token, accept: (mention: Mention) => boolean): Mention | undefined {
  let index = indexes.get(scanned)
  if (!index) {
    index = {size: 0, map: new Map()}
    indexes.set(scanned, index)
  }
  for (; index.size < scanned.mentions.length; index.size++) {
    const mention = scanned.mentions[index.size]!
    if (accept(mention) && !index.map.has(mention.start)) index.map.set(mention.start, mention)
  }
  return index.map.get(token.start)
}


export {honorifics, type CountryEntry}

/** How far back the cues before a token are looked for (`…,» said`, `Azerbaijan –`, `H.E.`, `the`). */
const window = 96

/**
 * The text just before an offset, bounded, for cues anchored at its end (`/…\s+$/`): testing the
 * whole prefix would make each test linear in the segment's length.
 *
 * @param text
 *   A segment's text.
 * @param end
 *   The offset.
 * @returns
 *   At most `window` characters before `end`.
 */
function tail(text: string, end: number): string {
  return text.slice(Math.max(0, end - window), end)
}
