import type {PhrasingContent, Position, Text} from '@communique/doctree'
import type {Block} from './blocks.js'
import {positionAt, type Source} from './source.js'

/** A node to lay over `[start, end)` of a block's text; its children are built from what is inside. */
export interface Span {
  start: number
  end: number
  /** Make the node from its children and position. */
  make: (children: PhrasingContent[], position: Position, value: string) => PhrasingContent
}

/** A block's text between two indices, with what is needed to place nodes in the source. */
export interface Slice {
  block: Block
  source: Source
  from: number
  to: number
}

/**
 * The source position of `[start, end)` of a block's text.
 *
 * @param block
 *   The block.
 * @param source
 *   The indexed source.
 * @param start
 *   Start index into `block.text`.
 * @param end
 *   End index into `block.text` (exclusive).
 * @returns
 *   The position in the source.
 */
export function spanPosition(block: Block, source: Source, start: number, end: number): Position {
  const from = block.map[start] ?? block.start
  const to = end > start ? (block.ends[end - 1] ?? (block.map[end - 1] ?? from) + 1) : from
  return positionAt(source, from, to)
}

/**
 * Build phrasing content for `[from, to)` of a block's text, laying the spans over it.
 *
 * Spans are nested where one holds another; a span that overlaps another without holding it
 * is left out (the outer one wins).
 *
 * @param slice
 *   The block, source and range.
 * @param spans
 *   Spans inside the range, in any order.
 * @returns
 *   Phrasing nodes: text between spans, and one node per span.
 */
export function buildPhrasing(slice: Slice, spans: readonly Span[]): PhrasingContent[] {
  const sorted = [...spans]
    .filter((span) => span.start >= slice.from && span.end <= slice.to && span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  return build(slice, slice.from, slice.to, sorted)
}

function build(slice: Slice, from: number, to: number, spans: Span[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  let cursor = from
  let index = 0
  while (index < spans.length) {
    const span = spans[index]!
    if (span.start < cursor) {
      index++
      continue
    }
    if (span.start > cursor) result.push(...textNodes(slice, cursor, span.start))
    let next = index + 1
    const inner: Span[] = []
    while (next < spans.length && spans[next]!.start < span.end) {
      if (spans[next]!.end <= span.end) inner.push(spans[next]!)
      next++
    }
    const children = build(slice, span.start, span.end, inner)
    result.push(
      span.make(children, spanPosition(slice.block, slice.source, span.start, span.end), slice.block.text.slice(span.start, span.end))
    )
    cursor = span.end
    index = next
  }
  if (cursor < to) result.push(...textNodes(slice, cursor, to))
  return result
}

/**
 * Text nodes for `[start, end)` of a block's text: one per run that is printed in one piece in the
 * source, so that each node's position holds exactly its value (`**Expresses** concern` gives
 * `Expresses` and ` concern`, not one node over the markup).
 *
 * @param slice
 *   The block and source.
 * @param start
 *   Start index into the block's text.
 * @param end
 *   End index (exclusive).
 * @returns
 *   The text nodes, in order.
 */
function textNodes(slice: Slice, start: number, end: number): Text[] {
  const {block} = slice
  const source = slice.source.text
  const nodes: Text[] = []
  let from = start
  for (let index = start + 1; index < end; index++) {
    const previousEnd = block.ends[index - 1]!
    // Split where the source skips markup only: not inside what one source character reference
    // gives (`&#x1F600;`, two UTF-16 units), nor at a line ending read as LF (the `\r` of CRLF).
    if (block.map[index]! <= previousEnd || (block.map[index] === previousEnd + 1 && isLineEndingPart(source, previousEnd, block.text, index))) continue
    nodes.push(textNode(slice, from, index))
    from = index
  }
  nodes.push(textNode(slice, from, end))
  return nodes
}

/**
 * Whether the one source character skipped at `offset`, before `text[index]`, is the rest of a line
 * ending that the text reads as one LF (`\r\n`): it is `\r` or `\n`, next to a `\n` of the text.
 *
 * @param source
 *   The source text.
 * @param offset
 *   The skipped character's offset.
 * @param text
 *   The block's text.
 * @param index
 *   The index of the character after it in the block's text.
 * @returns
 *   Whether it is.
 */
function isLineEndingPart(source: string, offset: number, text: string, index: number): boolean {
  const skipped = source.charCodeAt(offset)
  return (skipped === 13 || skipped === 10) && (text.charCodeAt(index) === 10 || text.charCodeAt(index - 1) === 10)
}

function textNode(slice: Slice, start: number, end: number): Text {
  return {
    type: 'text',
    value: slice.block.text.slice(start, end),
    position: spanPosition(slice.block, slice.source, start, end)
  }
}
