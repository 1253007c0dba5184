import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Source} from './source.js'

/**
 * A block of text read from the markdown tree: the unit the recognizers work on.
 *
 * `text` is the block's text with markdown markup removed; `map[i]` is the offset (into
 * `source.text`) of `text[i]`, and `map[text.length]` the offset just after the block's text;
 * `ends[i]` is the offset just after the source of `text[i]` (after the whole `&nbsp;` a decoded
 * character reference was read from).
 */
export interface Block {
  /** What markdown made of it. */
  kind: 'heading' | 'paragraph' | 'item' | 'mark'
  /** Heading depth, or list nesting depth (1 = a top-level list item), else 0. */
  depth: number
  /** For items: whether the list is ordered. */
  ordered: boolean
  /** For the first paragraph of a list item: the marker as printed (`1.`, `-`, `2)`), else null. */
  marker: string | null
  /** Whether the whole block is strong (bold). */
  strong: boolean
  /** Text without markup. */
  text: string
  /** Source offset of every character of `text`, plus the end. */
  map: Int32Array
  /** Source offset just after every character of `text`. */
  ends: Int32Array
  /** For the first paragraph of a list item: where the item (its marker) starts; else `start`. */
  outerStart: number
  /** Source offsets of the whole block. */
  start: number
  end: number
}

interface Part {
  value: string
  start: number
  end: number
}

/**
 * Flatten an mdast tree into blocks, in reading order.
 *
 * @param tree
 *   The mdast root from remark-parse.
 * @param source
 *   The indexed source the tree was parsed from.
 * @returns
 *   The blocks.
 */
export function blocksFromMdast(tree: MdastRoot, source: Source): Block[] {
  const blocks: Block[] = []
  // An explicit stack instead of recursion: nesting depth is unbounded in hostile input.
  const stack: Array<{node: MdastNodes; depth: number; marker: string | null; ordered: boolean; outer?: number}> = []
  for (let index = tree.children.length - 1; index >= 0; index--) {
    stack.push({node: tree.children[index]!, depth: 0, marker: null, ordered: false})
  }

  while (stack.length > 0) {
    const {node, depth, marker, ordered, outer} = stack.pop()!
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'heading': {
        if (node.children.length === 0) {
          blocks.push(literalBlock('mark', source, start, end))
        } else {
          const block = inlineBlock('heading', node, source, start, end)
          block.depth = node.depth
          blocks.push(block)
        }
        break
      }
      case 'paragraph': {
        const block = inlineBlock(depth > 0 ? 'item' : 'paragraph', node, source, start, end)
        block.depth = depth
        block.marker = marker
        block.ordered = ordered
        if (outer !== undefined) block.outerStart = outer
        blocks.push(block)
        break
      }
      case 'list': {
        for (let index = node.children.length - 1; index >= 0; index--) {
          stack.push({node: node.children[index]!, depth: depth + 1, marker: null, ordered: Boolean(node.ordered)})
        }
        break
      }
      case 'listItem': {
        const printed = /^\S+/.exec(source.text.slice(start, Math.min(end, start + 24)))
        const children = node.children
        if (children.length === 0) {
          const block = literalBlock('item', source, start, end)
          block.depth = depth
          block.marker = printed ? printed[0] : null
          block.ordered = ordered
          block.text = ''
          block.map = Int32Array.of(end)
          block.ends = new Int32Array(0)
          blocks.push(block)
        }
        for (let index = children.length - 1; index >= 0; index--) {
          stack.push({
            node: children[index]!,
            depth,
            marker: index === 0 && printed ? printed[0] : null,
            ordered,
            ...(index === 0 ? {outer: start} : {})
          })
        }
        break
      }
      case 'blockquote': {
        for (let index = node.children.length - 1; index >= 0; index--) {
          stack.push({node: node.children[index]!, depth, marker: null, ordered: false})
        }
        break
      }
      case 'thematicBreak': {
        blocks.push(literalBlock('mark', source, start, end))
        break
      }
      case 'code':
      case 'html': {
        const block = partsBlock(depth > 0 ? 'item' : 'paragraph', [{value: node.value, start, end}], source, start, end)
        block.depth = depth
        block.marker = marker
        block.ordered = ordered
        blocks.push(block)
        break
      }
      default: {
        // Definitions, and anything an extension may add: keep the source text as it is.
        const block = literalBlock(depth > 0 ? 'item' : 'paragraph', source, start, end)
        block.depth = depth
        block.marker = marker
        blocks.push(block)
      }
    }
  }
  return blocks.filter((block) => block.kind === 'mark' || block.text.trim() !== '' || block.marker !== null)
}

function literalBlock(kind: Block['kind'], source: Source, start: number, end: number): Block {
  return partsBlock(kind, [{value: source.text.slice(start, end), start, end}], source, start, end)
}

function inlineBlock(kind: Block['kind'], node: MdastNodes, source: Source, start: number, end: number): Block {
  const parts: Part[] = []
  collect(node, parts)
  const block = partsBlock(kind, parts, source, start, end)
  if ('children' in node) {
    const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
    block.strong = meaningful.length === 1 && meaningful[0]!.type === 'strong'
  }
  return block
}

function collect(node: MdastNodes, parts: Part[]): void {
  const stack: MdastNodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const start = current.position?.start.offset ?? -1
    const end = current.position?.end.offset ?? start
    switch (current.type) {
      case 'text':
      case 'inlineCode':
      case 'html': {
        parts.push({value: current.value, start, end})
        break
      }
      case 'break': {
        parts.push({value: '\n', start, end})
        break
      }
      case 'image':
      case 'imageReference': {
        if (current.alt) parts.push({value: current.alt, start, end})
        break
      }
      default: {
        if ('children' in current) {
          for (let index = current.children.length - 1; index >= 0; index--) {
            stack.push(current.children[index] as MdastNodes)
          }
        }
      }
    }
  }
}

/**
 * Align a value whose every line ends a source line, lines in order and consecutive (a prefix of each
 * line removed; fences left out): the source
 * offset of each of its UTF-16 units, or null when the lines do not match that way.
 *
 * @param value
 *   The value.
 * @param text
 *   The source text.
 * @param start
 *   Where the value's source starts.
 * @param end
 *   Where it ends.
 * @returns
 *   Offsets, one per unit of `value`, or null.
 */
function alignLineEnds(value: string, text: string, start: number, end: number): number[] | null {
  const valueLines = value.split(/\r\n|\r|\n/)
  const sourceLines: Array<{start: number; text: string}> = []
  const pattern = /\r\n|\r|\n/g
  pattern.lastIndex = start
  let lineStart = start
  const slice = text.slice(0, end)
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    // Markdown reads NUL as U+FFFD (same length): compare as read.
    sourceLines.push({start: lineStart, text: text.slice(lineStart, match.index).replaceAll('\0', '\uFFFD')})
    lineStart = match.index + match[0].length
  }
  sourceLines.push({start: lineStart, text: text.slice(lineStart, end).replaceAll('\0', '\uFFFD')})
  // The value's lines are consecutive source lines (a fenced code block's value leaves out its fences).
  let first = -1
  for (let skip = 0; skip + valueLines.length <= sourceLines.length && first === -1; skip++) {
    if (valueLines.every((valueLine, line) => sourceLines[skip + line]!.text.endsWith(valueLine))) first = skip
  }
  if (first === -1) return null
  const offsets: number[] = []
  let at = 0
  for (const [line, valueLine] of valueLines.entries()) {
    const sourceLine = sourceLines[first + line]!
    const lineOffset = sourceLine.start + sourceLine.text.length - valueLine.length
    for (let unit = 0; unit < valueLine.length; unit++) offsets.push(lineOffset + unit)
    at += valueLine.length
    // The line ending, as the value writes it.
    const ending = /^(?:\r\n|\r|\n)/.exec(value.slice(at))
    if (ending) {
      const sourceEnd = sourceLine.start + sourceLine.text.length
      for (let unit = 0; unit < ending[0].length; unit++) offsets.push(sourceEnd + Math.min(unit, 1))
      at += ending[0].length
    }
  }
  return offsets.length === value.length ? offsets : null
}

/** How far ahead a character of a value is looked for in its source (a character reference is at most 33 units). */
const alignWindow = 40

function partsBlock(kind: Block['kind'], parts: Part[], source: Source, start: number, end: number): Block {
  const text = parts.map((part) => part.value).join('')
  const map = offsetArray(text.length + 1)
  const ends = offsetArray(text.length)
  let index = 0
  let last = start
  const put = (from: number, to: number) => {
    map[index] = from
    ends[index] = to
    index++
  }
  for (const part of parts) {
    const partStart = part.start < 0 ? last : part.start
    const partEnd = part.end < 0 ? partStart : part.end
    if (partEnd - partStart === part.value.length) {
      for (let offset = 0; offset < part.value.length; offset++) put(partStart + offset, partStart + offset + 1)
    } else {
      // Markup makes the value shorter than its source. When each line of the value ends its source
      // line (indentation, `>` markers, code indentation removed), align lines to their ends.
      const suffixes = alignLineEnds(part.value, source.text, partStart, partEnd)
      if (suffixes) {
        for (const offset of suffixes) put(offset, offset + 1)
        last = partEnd
        continue
      }
      // Otherwise (escapes, character references, hard-break spaces): align greedily.
      let cursor = partStart
      let previous = ''
      for (const char of part.value) {
        // After a line ending, the next line's prefix is not in the value.
        if (previous === '\n' || previous === '\r') {
          while (cursor < partEnd && !source.text.startsWith(char, cursor) && /[ \t>]/.test(source.text[cursor]!)) cursor++
        }
        // A character reference (`&nbsp;`, `&#x1F600;`) the value holds decoded.
        reference.lastIndex = cursor
        const written = source.text.startsWith(char, cursor) ? null : reference.exec(source.text)
        if (written && written.index + written[0].length <= partEnd) {
          for (let unit = 0; unit < char.length; unit++) put(cursor, cursor + written[0].length)
          cursor += written[0].length
          previous = char
          continue
        }
        let found = -1
        for (let probe = cursor; probe < Math.min(partEnd, cursor + alignWindow); probe++) {
          if (source.text.startsWith(char, probe) || (char === '\uFFFD' && source.text[probe] === '\0')) {
            found = probe
            break
          }
        }
        const at = found === -1 ? Math.min(cursor, partEnd) : found
        for (let unit = 0; unit < char.length; unit++) put(at + unit, at + unit + 1)
        cursor = found === -1 ? cursor : found + char.length
        previous = char
      }
    }
    last = partEnd
  }
  map[text.length] = parts.length > 0 ? Math.max(last, ends[text.length - 1] ?? start + 1) : end
  const lines = lfLines(text, map, ends)
  return {kind, depth: 0, ordered: false, marker: null, strong: false, text: lines.text, map: lines.map, ends: lines.ends, outerStart: start, start, end}
}

/** How many offsets the shared buffers of `offsetArray` hold. */
const poolLength = 0x1_00_00
let pool = new Int32Array(poolLength)
let poolUsed = 0

/**
 * A new zeroed array of offsets. Small ones are views into a shared buffer: typed arrays each with
 * a buffer of their own are slow to make and to collect, and a document has thousands of blocks.
 *
 * @param length
 *   How many offsets.
 * @returns
 *   The array.
 */
function offsetArray(length: number): Int32Array {
  if (length > poolLength / 16) return new Int32Array(length)
  if (poolUsed + length > poolLength) {
    pool = new Int32Array(poolLength)
    poolUsed = 0
  }
  const view = pool.subarray(poolUsed, poolUsed + length)
  poolUsed += length
  return view
}

/** A character reference, at the cursor (sticky). */
const reference = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/y

/**
 * Read line endings as LF (CRLF loses its CR, a lone CR becomes LF), keeping every character's
 * source offset: a document reads the same whatever its line endings, and positions stay exact.
 *
 * @param text
 *   A block's text.
 * @param map
 *   Source offset of each of its characters (and of its end).
 * @param ends
 *   Source offset after each of its characters.
 * @returns
 *   The text and its maps.
 */
function lfLines(text: string, map: Int32Array, ends: Int32Array): {text: string; map: Int32Array; ends: Int32Array} {
  if (!text.includes('\r')) return {text, map, ends}
  let result = ''
  const offsets: number[] = []
  const after: number[] = []
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    // A CRLF of the source (not a CR followed by a hard break's LF).
    if (char === '\r' && text[index + 1] === '\n' && map[index + 1] === map[index]! + 1) continue
    result += char === '\r' ? '\n' : char
    offsets.push(map[index]!)
    after.push(ends[index]!)
  }
  offsets.push(map[text.length]!)
  return {text: result, map: Int32Array.from(offsets), ends: Int32Array.from(after)}
}
