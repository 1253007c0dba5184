// The same corpus always gives the same bytes, whatever the order of its arrays.
import type {Corpus} from '@communique/resolver'
import {describe, expect, it} from 'vitest'
import {serializeJsonLd} from '@communique/export-jsonld'
import {corpus} from './fixtures/corpus.js'

/**
 * Reorder every array of a value, at any depth, except a person's `posts` (the first post gives
 * `jobTitle`, so their order means something).
 *
 * @param value
 *   JSON value.
 * @param reorder
 *   How to reorder one array.
 * @returns
 *   A reordered deep copy.
 */
function reorderArrays<T>(value: T, reorder: (items: unknown[]) => unknown[]): T {
  const visit = (current: unknown, key: string): unknown => {
    if (Array.isArray(current)) {
      const items = current.map((item) => visit(item, ''))
      return key === 'posts' ? items : reorder(items)
    }

    if (typeof current === 'object' && current !== null) {
      return Object.fromEntries(Object.entries(current).map(([name, item]) => [name, visit(item, name)]))
    }

    return current
  }

  return visit(value, '') as T
}

const reversed = (items: unknown[]) => [...items].reverse()
const rotated = (items: unknown[]) => [...items.slice(1), ...items.slice(0, 1)]
/** Interleave from both ends: `[a, b, c, d, e]` → `[e, a, d, b, c]`. */
const interleaved = (items: unknown[]) => {
  const result: unknown[] = []
  const queue = [...items]
  while (queue.length > 0) {
    result.push(queue.pop())
    if (queue.length > 0) result.push(queue.shift())
  }

  return result
}

describe('determinism', () => {
  const expected = serializeJsonLd(corpus)

  it('should give byte-identical output on two calls', () => {
    expect(serializeJsonLd(corpus)).toBe(expected)
  })

  for (const [name, reorder] of [
    ['reversed', reversed],
    ['rotated', rotated],
    ['interleaved', interleaved]
  ] as const) {
    it(`should not depend on the order of the corpus arrays (${name})`, () => {
      const shuffled: Corpus = reorderArrays(corpus, reorder)
      expect(shuffled).not.toEqual(corpus)
      expect(serializeJsonLd(shuffled)).toBe(expected)
    })
  }

  it('should let the first post give `jobTitle` (the one order that means something)', () => {
    const changed = structuredClone(corpus)
    const person = changed.people.find((item) => item.posts.length > 1)
    if (!person) throw new Error('Expected a person with two posts')
    person.posts.reverse()
    expect(serializeJsonLd(changed)).not.toBe(expected)
  })

  it('should not change the corpus', () => {
    const before = structuredClone(corpus)
    serializeJsonLd(corpus)
    expect(corpus).toEqual(before)
  })

  it('should give the same bytes for the same `generatedAt`', () => {
    const options = {generatedAt: '2026-01-11T09:30:00Z'}
    expect(serializeJsonLd(corpus, options)).toBe(serializeJsonLd(reorderArrays(corpus, reversed), options))
  })
})
