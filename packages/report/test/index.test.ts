// The tests import `../src/index.js` rather than `@communique/report`: under vitest 4 the root config's
// `resolve.conditions` does not reach the server (SSR) environment tests run in, so the package name would
// resolve to `dist/` and the tests would check the last build, not the sources.
import {nodeTypes} from '@communique/doctree'
import {describe, expect, it} from 'vitest'
import {handlers} from '../src/lib/one.js'

describe('@communique/report', () => {
  it('should expose the public API (named exports only)', async () => {
    const module = (await import('../src/index.js')) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual(['toHtml'])
    expect('default' in module).toBe(false)
  })

  it('should have exactly one handler per node type of the tree', () => {
    expect(Object.keys(handlers).sort()).toEqual([...nodeTypes].sort())
    expect(Object.isFrozen(handlers)).toBe(true)
  })
})
