// Pin the public API: named exports only.
import {describe, expect, it} from 'vitest'

describe('@communique/export-akn', () => {
  it('should expose exactly its pinned API (named exports only)', async () => {
    const module = (await import('@communique/export-akn')) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual(['bodyWords', 'checkReferences', 'firstWordDifference', 'toAkn', 'validateAkn', 'words'])
    expect('default' in module).toBe(false)
  })
})
