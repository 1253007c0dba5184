import type {PersonRecord} from '@communique/doctree'
import type {Knowledge} from '@communique/knowledge'
import {resolvePeople} from './people.js'
import {scanSegment, type Mention, type OrganizationMention, type ScannedSegment, type Segment} from './scan.js'
import {coverage} from './spans.js'

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
  const scanned = segments.map((segment) => scanSegment(segment, {knowledge, places}))
  markDefinedAcronyms(scanned)
  const people = resolvePeople(scanned)
  return {segments: scanned, people}
}

/**
 * Acronyms a document defines (`Pacific Islands Forum (PIF)`) name that organization wherever the
 * document uses them later.
 */
function markDefinedAcronyms(segments: ScannedSegment[]): void {
  const defined = new Map<string, OrganizationMention>()
  for (const segment of segments) {
    for (const mention of segment.mentions) {
      if (mention.kind === 'organization' && mention.acronym && /^\s*\(/.test(segment.segment.text.slice(mention.end))) defined.set(mention.acronym, mention)
    }
  }
  if (defined.size === 0) return
  for (const segment of segments) {
    // What the segment's mentions cover, made when a defined acronym is first met in it.
    let mask: ReturnType<typeof coverage> | null = null
    for (const token of segment.tokens) {
      const organization = defined.get(token.text)
      if (!organization) continue
      mask ??= coverage(segment.segment.text.length, segment.mentions)
      const definition = segment.segment.text.charAt(token.start - 1) === '(' && segment.segment.text.charAt(token.end) === ')'
      if (mask.covered(token.start, token.end) || definition) continue
      segment.mentions.push({...organization, segment: segment.segment.index, start: token.start, end: token.end})
      mask.mark(token.start, token.end)
    }
  }
}

export type {Mention, ScannedSegment, Segment}
