import type {Point, Position} from '@communique/doctree'

/**
 * The text of one document, with what is needed to turn offsets into unist points.
 *
 * `text` is the value without a leading byte order mark; offsets used inside the parser are
 * offsets into `text`. Points given out (`point`, `position`) carry offsets into the original
 * value (BOM included) and 1-based lines and columns (the BOM takes no column).
 */
export interface Source {
  /** The original value, as given. */
  readonly original: string
  /** The value without a leading BOM. */
  readonly text: string
  /** 1 when the original starts with a BOM, else 0. */
  readonly shift: number
  /** Offsets (into `text`) where each line starts. */
  readonly lineStarts: readonly number[]
}

/**
 * Index a document's text.
 *
 * @param value
 *   The document's text, as decoded (a leading U+FEFF is a BOM).
 * @returns
 *   The indexed source.
 */
export function createSource(value: string): Source {
  const shift = value.charCodeAt(0) === 0xfe_ff ? 1 : 0
  const text = shift ? value.slice(1) : value
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 /* \n */) lineStarts.push(index + 1)
    else if (code === 13 /* \r */ && text.charCodeAt(index + 1) !== 10) lineStarts.push(index + 1)
  }
  return {original: value, text, shift, lineStarts}
}

/**
 * The unist point of an offset into `source.text`.
 *
 * @param source
 *   The indexed source.
 * @param offset
 *   Offset into `source.text` (clamped to the text).
 * @returns
 *   Line, column and offset into the original value.
 */
export function pointAt(source: Source, offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, source.text.length))
  const starts = source.lineStarts
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= clamped) low = middle
    else high = middle - 1
  }
  const lineStart = starts[low] ?? 0
  return {line: low + 1, column: clamped - lineStart + 1, offset: clamped + source.shift}
}

/**
 * The unist position of a range of offsets into `source.text`.
 *
 * @param source
 *   The indexed source.
 * @param start
 *   Start offset (inclusive).
 * @param end
 *   End offset (exclusive).
 * @returns
 *   The position.
 */
export function positionAt(source: Source, start: number, end: number): Position {
  return {start: pointAt(source, start), end: pointAt(source, Math.max(start, end))}
}
