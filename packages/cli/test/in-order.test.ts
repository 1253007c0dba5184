import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {inOrder} from '../src/lib/in-order.js'

/** A task that finishes after `delays[item]` turns of the event loop. */
function later<T>(value: T, turns: number): Promise<T> {
  return new Promise((done) => {
    const step = (left: number) => (left === 0 ? done(value) : setImmediate(() => step(left - 1)))
    step(turns)
  })
}

/** Tasks 2 and later fail at once; 0 and 1 take a few turns. */
function failing(item: number): Promise<number> {
  return item >= 2 ? Promise.reject(new Error(`task ${item} failed`)) : later(item, 3)
}

describe('inOrder', () => {
  it('should take results in input order, whatever order they finish in, with at most `ahead` running', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({max: 6}), {maxLength: 30}), fc.integer({min: 1, max: 8}), async (delays, ahead) => {
        let running = 0
        let most = 0
        const taken: number[] = []
        await inOrder(
          delays.map((_, index) => index),
          ahead,
          (item) => {
            running++
            most = Math.max(most, running)
            return later(item * 10, delays[item]!)
          },
          (item, result, index) => {
            running--
            expect(result).toBe(item * 10)
            expect(index).toBe(item)
            taken.push(item)
          }
        )
        expect(taken).toEqual(delays.map((_, index) => index))
        expect(most).toBeLessThanOrEqual(Math.max(1, ahead))
        if (delays.length >= ahead) expect(most).toBe(ahead)
      }),
      {numRuns: 100, seed: 7}
    )
  })

  it('should reject with a failed task when its turn comes, and not leave later failures unhandled', async () => {
    const taken: number[] = []
    await expect(inOrder([0, 1, 2, 3, 4], 5, failing, (item) => taken.push(item))).rejects.toThrow('task 2 failed')
    expect(taken).toEqual([0, 1])
  })

  it('should run one task at a time with `ahead` 1 (or less)', async () => {
    for (const ahead of [1, 0, -3]) {
      const log: string[] = []
      await inOrder(['a', 'b', 'c'], ahead, async (item) => (log.push(`start ${item}`), item), (item) => log.push(`take ${item}`))
      expect(log).toEqual(['start a', 'take a', 'start b', 'take b', 'start c', 'take c'])
    }
  })
})
