/**
 * The index of the first item whose `start` is at or after `offset`, in items sorted by `start`.
 *
 * @param items
 *   Items sorted by `start`.
 * @param offset
 *   An offset.
 * @returns
 *   The index (`items.length` when none).
 */
export function firstFrom(items: ReadonlyArray<{start: number}>, offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (items[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The index of the last item whose `end` is at or before `offset`, in items sorted by `start`
 * that do not overlap (so also sorted by `end`); -1 when none.
 *
 * @param items
 *   Items sorted by `start`, not overlapping.
 * @param offset
 *   An offset.
 * @returns
 *   The index, or -1.
 */
export function lastEndingBy(items: ReadonlyArray<{end: number}>, offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (items[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

/**
 * A mask of the characters of a text covered by spans: `covered(start, end)` is O(end − start).
 *
 * @param length
 *   The text's length.
 * @param spans
 *   Spans to mark.
 * @returns
 *   A function telling whether a range touches a marked character, and one to mark more.
 */
export function coverage(length: number, spans: Iterable<{start: number; end: number}>): {
  covered: (start: number, end: number) => boolean
  mark: (start: number, end: number) => void
} {
  const mask = new Uint8Array(length + 1)
  const mark = (start: number, end: number) => mask.fill(1, Math.max(0, start), Math.min(length, end))
  for (const span of spans) mark(span.start, span.end)
  return {
    covered(start, end) {
      for (let index = Math.max(0, start); index < Math.min(length, end); index++) if (mask[index]) return true
      return false
    },
    mark
  }
}
