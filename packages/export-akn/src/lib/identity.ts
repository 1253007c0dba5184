import {visit, type Document as Tree, type Heading, type PersonMention, type RoleMention, type RoleRecord} from '@communique/doctree'
import {slug} from '@communique/knowledge'
import {unknownDate} from './constants.js'
import {actorOf, bodyOfOfficial, findOrganization, jurisdictionOf, organizationNamed, type KnownOrganization} from './organizations.js'
import type {References} from './references.js'
import type {Settings} from './types.js'
import {isFullDate, normalizeSpace} from './util.js'

/** What the document is and where it sits in the AKN IRI space. */
export interface Identity {
  /** AKN document type: `statement` (statements) or `doc` (speeches). */
  docType: 'statement' | 'doc'
  /** `@name` of the document element: the self-designation (`statement`, `jointDeclaration`) or `speech`. */
  name: string
  /** IRI subtype: `deliberation` (statements, as AKN4UN) or `speech`. */
  subtype: string
  jurisdiction: string
  actor: string
  /** The work date: a full date, or `9999-12-31` when unknown. */
  date: string
  /** `FRBRdate/@name`: `adoption`, `delivery`, `meeting` (the meeting's date stands in) or `unknown`. */
  dateName: string
  /** Whether `date` is a real date (not the stand-in). */
  dateKnown: boolean
  /** The IRI's number: a slug of the title's subject. */
  number: string
  /** Work IRI, `/akn/{jurisdiction}/{docType}/{subtype}/{actor}/{date}/{number}`. */
  work: string
  /** Expression IRI, `{work}/{language}@{date}` (`{work}/{language}@` when the date is unknown). */
  expression: string
  /** eId of the `TLCOrganization` (or `TLCPerson`) that is the work's author. */
  author: string
  /** eId of the `TLCPerson` who speaks (speeches). */
  speaker: string | undefined
  /** eId of the `TLCRole` the speaker speaks as (speeches), when known. */
  speakerRole: string | undefined
  /** eId of the author when the title names it (marked `docProponent`). */
  proponent: string | undefined
  /** Actor of the issuing organization as a whole (not its body), for works it cites: `ots`. */
  organizationActor: string
}

/** Self-designations of documents, as their titles print them. */
export const designation = /\b(?:joint\s+)?(?:statement|declaration|communiqu[eé]|press\s+release|message|resolution|decision|speech|remarks|address)(?![\p{L}\p{N}_])/iu

/** Words that introduce the subject in a title (`… on the question of …`, `Remarks … at the …`). */
const subjectLead = /(?:^|\s)(?:on|at|after|following|regarding|concerning|about)\s+(\S.*)$/i

/** Words a number slug should not end with after shortening. */
const trailingStopWords = /-(?:of|the|and|in|on|at|for|to|a|an|by|with)$/

/** Text before a proponent in a title (`STATEMENT OF THE `, `Declaration by `). */
const proponentPlace = /\b(?:of|by)\s+(?:the\s+)?$/i

/** Longest number slug, in characters. */
const maxNumber = 60

/**
 * The IRI number of a document: a slug of its title's subject (the words after the first `on`, `at`,
 * `after`, `following`, `regarding`, `concerning` or `about`, else after a colon, else the whole title),
 * without a leading article, at most 60 characters cut at a hyphen; `nn` without a title.
 *
 * @param title
 *   The title.
 * @returns
 *   The number (`question-of-fisheries` for `Statement … on the question of fisheries`).
 */
export function numberOf(title: string | null | undefined): string {
  const text = normalizeSpace(title ?? '')
  if (text === '') return 'nn'
  const subject = (subjectLead.exec(text)?.[1] ?? /:\s*(\S.*)$/.exec(text)?.[1] ?? text)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:the|a|an)\s+/i, '')
  return shorten(slug(subject))
}

/**
 * Shorten a slug to 60 characters at a hyphen, dropping trailing stop words.
 *
 * @param value
 *   Slug.
 * @returns
 *   Shortened slug (`nn` when nothing is left).
 */
export function shorten(value: string): string {
  let result = value
  if (result.length > maxNumber) {
    result = result.slice(0, maxNumber + 1)
    const cut = result.lastIndexOf('-')
    result = cut > 0 ? result.slice(0, cut) : result.slice(0, maxNumber)
  }
  while (trailingStopWords.test(result)) result = result.replace(trailingStopWords, '')
  return result === '' || result === 'x' ? 'nn' : result
}

/**
 * The `@name` of a statement: its self-designation in camel case (`Joint Declaration …` →
 * `jointDeclaration`), `statement` when the title has none.
 *
 * @param title
 *   The title.
 * @returns
 *   The name.
 */
export function statementName(title: string | null | undefined): string {
  const found = designation.exec(title ?? '')?.[0]
  if (!found) return 'statement'
  const words = slug(found).split('-')
  return words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('')
}

/**
 * The title heading of a document.
 *
 * @param tree
 *   The document.
 * @returns
 *   The heading, or `undefined`.
 */
export function titleOf(tree: Readonly<Tree>): Readonly<Heading> | undefined {
  return tree.children.find((child): child is Heading => child.type === 'heading' && child.role === 'title')
}

/**
 * The best post of a list: one that names its country or organization, then the longest as written.
 *
 * @param posts
 *   Posts.
 * @returns
 *   The post, or `undefined`.
 */
export function bestPost(posts: ReadonlyArray<Readonly<RoleRecord>>): Readonly<RoleRecord> | undefined {
  let best: Readonly<RoleRecord> | undefined
  for (const post of posts) {
    if (!best) best = post
    else {
      const scoped = Boolean(post.country || post.organization)
      const bestScoped = Boolean(best.country || best.organization)
      if ((scoped && !bestScoped) || (scoped === bestScoped && post.post.length > best.post.length)) best = post
    }
  }
  return best
}

/**
 * Work out the document's identity: type, name, IRIs, issuer (jurisdiction, actor, author) and, for a
 * speech, the speaker. Registers the author and speaker in `references`.
 *
 * @param tree
 *   The document (a statement or speech).
 * @param settings
 *   Validated options.
 * @param references
 *   The reference registry.
 * @returns
 *   The identity.
 */
export function identify(tree: Readonly<Tree>, settings: Settings, references: References): Identity {
  const speech = tree.kind === 'speech'
  const title = titleOf(tree)
  const issuer = speech ? speechIssuer(tree, settings, references, title) : statementIssuer(tree, settings, references, title)
  const jurisdiction = settings.jurisdiction ?? issuer.jurisdiction
  const actor = settings.actor ?? issuer.actor
  const docType = speech ? 'doc' : 'statement'
  const subtype = speech ? 'speech' : 'deliberation'

  let date = unknownDate
  let dateName = 'unknown'
  if (isFullDate(tree.date)) {
    date = tree.date
    dateName = speech ? 'delivery' : 'adoption'
  } else if (isFullDate(tree.meeting?.date)) {
    date = tree.meeting.date
    dateName = 'meeting'
  }

  const dateKnown = date !== unknownDate
  const number = numberOf(tree.title)
  const work = `/akn/${jurisdiction}/${docType}/${subtype}/${actor}/${date}/${number}`
  return {
    docType,
    name: speech ? 'speech' : statementName(tree.title),
    subtype,
    jurisdiction,
    actor,
    date,
    dateName,
    dateKnown,
    number,
    work,
    expression: `${work}/${settings.language}@${dateKnown ? date : ''}`,
    author: issuer.author,
    speaker: issuer.speaker,
    speakerRole: issuer.speakerRole,
    proponent: issuer.proponent,
    organizationActor: settings.actor ?? issuer.organizationActor ?? actor
  }
}

/** Who issues a document. */
interface Issuer {
  jurisdiction: string
  actor: string
  organizationActor?: string
  author: string
  proponent: string | undefined
  speaker: string | undefined
  speakerRole: string | undefined
}

/**
 * The issuer of a statement: the body (or else the organization) that the title names as its proponent
 * (`Statement of the …`) and the knowledge files know; else the publisher; else the body or organization of the meeting; else the publisher as
 * written (`xx-<slug>`); else `xx` / `unknown`.
 *
 * @param tree
 *   The statement.
 * @param settings
 *   Validated options.
 * @param references
 *   The reference registry.
 * @param title
 *   Its title heading.
 * @returns
 *   The issuer.
 */
function statementIssuer(tree: Readonly<Tree>, settings: Settings, references: References, title: Readonly<Heading> | undefined): Issuer {
  // Organizations in the proponent's place: `Statement of the …`, `… by the …`.
  const named: KnownOrganization[] = []
  for (const [index, child] of (title?.children ?? []).entries()) {
    const before = title?.children[index - 1]
    if (child.type !== 'organization' || before?.type !== 'text' || !proponentPlace.test(before.value)) continue
    const known = findOrganization(settings.knowledge, child, references.context)
    if (known) named.push(known)
  }

  const fromTitle = named.find((known) => known.body) ?? named[0]
  let known = fromTitle
  if (!known) {
    const publisher = organizationNamed(settings.knowledge, tree.publisher)
    if (publisher) known = {organization: publisher, body: undefined}
  }

  const meeting = tree.meeting
  if (!known && meeting?.organization) {
    known =
      (meeting.body ? findOrganization(settings.knowledge, {name: meeting.body, parent: meeting.organization}) : undefined) ??
      findOrganization(settings.knowledge, {name: meeting.organization})
  }

  const none = {speaker: undefined, speakerRole: undefined}
  if (known) {
    const author = references.known(known)
    const organizationActor = actorOf({organization: known.organization, body: undefined})
    return {jurisdiction: jurisdictionOf(known.organization), actor: actorOf(known), organizationActor, author, proponent: fromTitle ? author : undefined, ...none}
  }

  return {...fallback(tree, references), proponent: undefined, ...none}
}

/**
 * The issuer of a speech: the speaker (the first person the title names) speaks for an office. The
 * organization the speaker's post serves, else the publisher, when the knowledge files know it (and the
 * body whose officials hold that post, e.g. a secretariat); else the speaker's post in their country
 * (`us` / `president`) or, without a country, `xx` / the post; else the publisher as written; else `xx` /
 * `unknown`.
 *
 * @param tree
 *   The speech.
 * @param settings
 *   Validated options.
 * @param references
 *   The reference registry.
 * @param title
 *   Its title heading.
 * @returns
 *   The issuer, with the speaker and the role they speak as.
 */
function speechIssuer(tree: Readonly<Tree>, settings: Settings, references: References, title: Readonly<Heading> | undefined): Issuer {
  let person: PersonMention | undefined
  const roles: RoleMention[] = []
  if (title) {
    visit(title, (node) => {
      if (node.type === 'person' && !person) person = node as PersonMention
      if (node.type === 'role') roles.push(node as RoleMention)
    })
  }

  const speaker = person ? references.person(person.entity, person.name) : references.unknownSpeaker()
  const entity = person?.entity
  const titled = entity ? roles.find((role) => role.holder === entity) : undefined
  const posts = entity ? references.postsOf(entity) : []
  const best = bestPost(posts)
  const speakerRole = titled ? references.role(titled) : best ? references.post(best) : undefined
  const fn = titled?.function ?? best?.function
  const servedName = titled?.organization ?? posts.find((post) => post.organization && (!fn || post.function.toLowerCase() === fn.toLowerCase()))?.organization
  const served = organizationNamed(settings.knowledge, servedName) ?? organizationNamed(settings.knowledge, tree.publisher)
  const found = {speaker, speakerRole, proponent: undefined}

  if (served) {
    const known = {organization: served, body: fn ? bodyOfOfficial(served, fn) : undefined}
    const organizationActor = actorOf({organization: served, body: undefined})
    return {jurisdiction: jurisdictionOf(served), actor: actorOf(known), organizationActor, author: references.known(known), ...found}
  }

  if (fn) {
    const country = titled?.country ?? posts.find((post) => post.country && post.function.toLowerCase() === fn.toLowerCase())?.country
    const jurisdiction = country ? slug(country) : 'xx'
    const actor = slug(fn)
    const post = normalizeSpace(best && best.function.toLowerCase() === fn.toLowerCase() ? best.post : fn)
    return {jurisdiction, actor, author: references.office(jurisdiction, actor, `${post} (office)`), ...found}
  }

  return {...fallback(tree, references), ...found}
}

/**
 * The issuer when nothing is known: the publisher as written (`xx-<slug>` / `<slug>`), else `xx` / `unknown`.
 *
 * @param tree
 *   The document.
 * @param references
 *   The reference registry.
 * @returns
 *   Jurisdiction, actor and author.
 */
function fallback(tree: Readonly<Tree>, references: References): {jurisdiction: string; actor: string; author: string} {
  const publisher = normalizeSpace(tree.publisher ?? '')
  if (publisher) {
    const actor = slug(publisher)
    const jurisdiction = `xx-${actor}`
    return {jurisdiction, actor, author: references.office(jurisdiction, actor, publisher)}
  }

  return {jurisdiction: 'xx', actor: 'unknown', author: references.office('xx', 'unknown', 'Unknown issuing body')}
}

/**
 * Whether a value can stand as an IRI jurisdiction: an ISO 3166-1 alpha-2 code (lowercase), optionally
 * with a `-locality` (`xx-ots`, `aa-au`, `za-cpt`).
 *
 * @param value
 *   Value.
 * @returns
 *   Whether it can.
 */
export function isJurisdiction(value: string): boolean {
  return /^[a-z]{2}(?:-[a-z\d]+(?:-[a-z\d]+)*)?$/.test(value)
}

/**
 * Whether a value can stand as an IRI actor (a slug: `ots-cfm`).
 *
 * @param value
 *   Value.
 * @returns
 *   Whether it can.
 */
export function isActor(value: string): boolean {
  return /^[a-z\d]+(?:-[a-z\d]+)*$/.test(value)
}
