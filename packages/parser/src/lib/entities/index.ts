import type {PersonRecord} from '@communique/doctree'
import type {Knowledge} from '@communique/knowledge'
import {resolvePeople} from './people.js'
import {scanSegment, type Mention, type ScannedSegment, type Segment} from './scan.js'

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
  const people = resolvePeople(scanned)
  return {segments: scanned, people}
}

export type {Mention, ScannedSegment, Segment}
