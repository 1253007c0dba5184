import {visit, type Citation, type OrganizationMention} from '@communique/doctree'
import {slug} from '@communique/knowledge'
import {unknownDate} from './constants.js'
import {shorten} from './identity.js'
import {actorOf, findOrganization, jurisdictionOf, type KnownOrganization} from './organizations.js'
import type {State} from './types.js'
import {isFullDate, normalizeSpace} from './util.js'

/** Document types and subtypes of cited documents, by a word of their title (first match wins). */
const kinds: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bagreement\b/i, 'act', 'agreement'],
  [/\btreaty\b/i, 'act', 'treaty'],
  [/\bcharter\b/i, 'act', 'charter'],
  [/\bconvention\b/i, 'act', 'convention'],
  [/\bprotocol\b/i, 'act', 'protocol'],
  [/\b(?:statement|declaration|communiqu[eé]|resolution|decision)(?![\p{L}\p{N}_])/iu, 'statement', 'deliberation']
]

/** Words that end the name of a cited document (`Lakeside Agreement on the …`). */
const nameEnd = /\s+(?:on|of|for|by|between|concerning|regarding|dated)\s+/i

/** A name that is only a kind of document (`statement`): such works are numbered `nn`. */
const generic = /^(?:the-)?(?:joint-)?(?:statement|declaration|communique|resolution|decision|agreement|treaty|charter|convention|protocol|document)$/

/**
 * The date part of a cited work's IRI: a full date as is; a month or a year padded to its first day
 * (AKN4UN: `2021` → `2021-01-01`), as the official schema and IRI parsers need a full date; the stand-in
 * `9999-12-31` when the text gives none.
 *
 * @param value
 *   The citation's date.
 * @returns
 *   A full date.
 */
export function citedDate(value: string | null | undefined): string {
  if (isFullDate(value)) return value
  if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value) && isFullDate(`${value}-01`)) return `${value}-01`
  if (typeof value === 'string' && /^\d{4}$/.test(value)) return `${value}-01-01`
  return unknownDate
}

/**
 * Construct the AKN work IRI of a cited document (not an official IRI: see the README).
 *
 * `/akn/{jurisdiction}/{docType}/{subtype}/{actor}/{date}/{number}`: the type from a word of the title
 * (agreement, treaty, charter, convention, protocol → `act/<word>`; statement, declaration, communiqué,
 * resolution, decision → `statement/deliberation`; else `doc/document`); jurisdiction and actor from the
 * first organization the citation names that the knowledge files know, else the citing document's
 * (its organization as a whole, not the body that issued it); the
 * date from `citedDate`; the number a slug of the title up to `on`, `of`, `for`, `by`… (`nn` when that is
 * just the kind of document).
 *
 * @param node
 *   The citation.
 * @param state
 *   Info passed around.
 * @returns
 *   The work IRI.
 */
export function citedWork(node: Readonly<Citation>, state: State): string {
  const title = normalizeSpace(node.title)
  const kind = kinds.find(([pattern]) => pattern.test(title))
  const docType = kind?.[1] ?? 'doc'
  const subtype = kind?.[2] ?? 'document'
  let known: KnownOrganization | undefined
  visit(node, (child) => {
    if (!known && child.type === 'organization') known = findOrganization(state.options.knowledge, child as OrganizationMention, state.references.context)
  })
  const jurisdiction = known ? jurisdictionOf(known.organization) : state.identity.jurisdiction
  const actor = known ? actorOf(known) : state.identity.organizationActor
  const name = slug(title.split(nameEnd)[0] ?? title)
  const number = generic.test(name) ? 'nn' : shorten(name)
  return `/akn/${jurisdiction}/${docType}/${subtype}/${actor}/${citedDate(node.date)}/${number}`
}
