import type {BoilerplateReason} from '@communique/doctree'
import type {Block} from './blocks.js'

/** What a block is in the document: decided by the recognizers, turned into nodes by `parse`. */
export type Role =
  | {role: 'title'}
  | {role: 'subheading'}
  | {role: 'stamp'; date: string}
  | {role: 'standfirst'}
  | {role: 'paragraph'}
  | {role: 'boilerplate'; reason: BoilerplateReason}
  | {role: 'venue'; place: string | null; date: string | null}
  | {role: 'salutation'}
  | {role: 'recital'; opener: string}
  | {role: 'formula'}
  | {role: 'clause'; marker: 'number' | 'bullet' | 'none'; num: string | null}
  | {role: 'point'; marker: 'number' | 'bullet' | 'none'; num: string | null; depth: number}
  | {role: 'closing'}
  | {role: 'signature'; label: string | null; name: string; title: string | null}

/** A block with its role. */
export interface Unit {
  block: Block
  role: Role
}

/**
 * Cut `[from, to)` of a block's text out as a block of its own (same kind, mapped offsets).
 *
 * @param block
 *   The block.
 * @param from
 *   Start index into its text.
 * @param to
 *   End index (exclusive).
 * @returns
 *   The sub-block.
 */
export function subBlock(block: Block, from: number, to: number): Block {
  const map = block.map.slice(from, to + 1)
  if (to > from) map[to - from] = block.ends[to - 1] ?? (block.map[to - 1] ?? block.start) + 1
  return {
    ...block,
    text: block.text.slice(from, to),
    map,
    ends: block.ends.slice(from, to),
    start: block.map[from] ?? block.start,
    end: to > from ? (block.ends[to - 1] ?? (block.map[to - 1] ?? block.start) + 1) : (block.map[from] ?? block.start)
  }
}

/**
 * Split a block into its lines (soft line breaks), without the line endings; leading and trailing
 * white space of each line is trimmed.
 *
 * @param block
 *   The block.
 * @returns
 *   Sub-blocks, one per non-empty line.
 */
export function blockLines(block: Block): Block[] {
  const lines: Block[] = []
  const pattern = /[^\r\n]+/g
  for (const match of block.text.matchAll(pattern)) {
    const raw = match[0]
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (!trimmed) continue
    lines.push(subBlock(block, match.index + lead, match.index + lead + trimmed.length))
  }
  return lines
}

/**
 * Collapse white space (line breaks included) to single spaces and trim.
 *
 * @param value
 *   Text.
 * @returns
 *   Normalised text.
 */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/**
 * Count the words of a text.
 *
 * @param value
 *   Text.
 * @returns
 *   The number of words.
 */
export function wordCount(value: string): number {
  return value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

