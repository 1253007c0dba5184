import type {PersonRecord} from '@communique/doctree'
import type {Knowledge} from '@communique/knowledge'
import {resolvePeople} from './people.js'
import {scanOrganizations, scanRest, type ClaimedSegment, type Mention, type OrganizationMention, type ScannedSegment, type Segment} from './scan.js'

/** What the entity recognizers found in a document. */
export interface Recognized {
  segments: ScannedSegment[]
  people: PersonRecord[]
}

/**
 * Recognise the mentions of a document: countries, organizations, places, cited documents, posts
 * and people, and group the people's mentions into the document's people.
 *
 * @param segments
 *   The document's blocks, in order.
 * @param knowledge
 *   The knowledge files (or empty knowledge).
 * @param places
 *   Places the structure recognizers found (dateline, venue), by segment index.
 * @returns
 *   Mentions per segment and the people.
 */
export function recognize(
  segments: readonly Segment[],
  knowledge: Readonly<Knowledge>,
  places: Map<number, Array<{start: number; end: number; name: string}>>
): Recognized {
  const context = {knowledge, places}
  // Organizations everywhere first: an acronym the document defines is then known to the readers of
  // posts and people in every segment, before and after its definition.
  const first = segments.map((segment) => scanOrganizations(segment, context))
  const defined = definedAcronyms(first)
  const scanned = first.map(({scanned: segment, claimed}) => {
    if (defined.size > 0) markDefinedAcronyms(segment, claimed, defined)
    return scanRest(segment, claimed, context)
  })
  const people = resolvePeople(scanned)
  return {segments: scanned, people}
}

/** An opening bracket after white space, where an organization's name ends: its acronym's definition. */
const definitionAfter = /\s*\(/y

/**
 * Acronyms a document defines (`Pacific Islands Forum (PIF)`), with the organization each names.
 *
 * @param segments
 *   The segments with their organizations.
 * @returns
 *   Organizations by acronym.
 */
function definedAcronyms(segments: readonly ClaimedSegment[]): Map<string, OrganizationMention> {
  const defined = new Map<string, OrganizationMention>()
  for (const {scanned} of segments) {
    for (const mention of scanned.mentions) {
      if (mention.kind !== 'organization' || !mention.acronym) continue
      definitionAfter.lastIndex = mention.end
      if (definitionAfter.test(scanned.segment.text)) defined.set(mention.acronym, mention)
    }
  }
  return defined
}

/**
 * Mark where a segment uses an acronym its document defines: it names that organization, unless an
 * organization already holds the token, or the token is the definition itself (`(PIF)`).
 *
 * @param scanned
 *   The segment, with its organizations.
 * @param claimed
 *   Which tokens mentions hold (updated).
 * @param defined
 *   Organizations by acronym.
 */
function markDefinedAcronyms(scanned: ScannedSegment, claimed: boolean[], defined: ReadonlyMap<string, OrganizationMention>): void {
  const text = scanned.segment.text
  for (const [index, token] of scanned.tokens.entries()) {
    const organization = defined.get(token.text)
    if (!organization || claimed[index]) continue
    if (text.charAt(token.start - 1) === '(' && text.charAt(token.end) === ')') continue
    scanned.mentions.push({...organization, segment: scanned.segment.index, start: token.start, end: token.end})
    claimed[index] = true
  }
}

export type {Mention, ScannedSegment, Segment}
