import {classOf, codePointAt, letter, number, space} from './entities/chars.js'
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
  // Most texts are already squashed: one space between words, none at the ends.
  let previousSpace = true
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const isSpace = code === 0x20 ? true : code < 0x80 ? code >= 0x09 && code <= 0x0d : (classOf(code) & space) !== 0
    if (isSpace && (code !== 0x20 || previousSpace)) return value.replace(/\s+/g, ' ').trim()
    previousSpace = isSpace
  }
  return previousSpace && value.length > 0 ? value.replace(/\s+/g, ' ').trim() : value
}

/**
 * Count the words of a text.
 *
 * @param value
 *   Text.
 * @param limit
 *   Stop counting past this many words (`wordCount(text, 8) <= 8`: at most eight words, without
 *   reading all of a long text).
 * @returns
 *   The number of words, or `limit + 1` when there are more than `limit`.
 */
export function wordCount(value: string, limit = Infinity): number {
  // The runs between white space that hold a letter or a number.
  let count = 0
  let inWord = false
  let counted = false
  for (let index = 0; index < value.length; index++) {
    const code = codePointAt(value, index)
    if (code >= 0x1_00_00) index++
    const flags = classOf(code)
    if (flags & space) {
      inWord = false
      continue
    }
    if (!inWord) {
      inWord = true
      counted = false
    }
    if (!counted && flags & (letter | number)) {
      if (count === limit) return count + 1
      count++
      counted = true
    }
  }
  return count
}

