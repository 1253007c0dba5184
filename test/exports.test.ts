// Pin each package's public API (`test/exports.json`): an accidental change of exports fails here.
// `test/consumer.test.ts` checks the same list against the packed tarballs.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const expected = JSON.parse(readFileSync(new URL('exports.json', import.meta.url), 'utf8')) as Record<string, string[]>
const workspaces = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {workspaces: string[]}).workspaces

describe('package exports', () => {
  it('should pin every workspace package', () => {
    const names = workspaces.map((folder) => (JSON.parse(readFileSync(new URL(`../${folder}/package.json`, import.meta.url), 'utf8')) as {name: string}).name)
    expect(Object.keys(expected).sort()).toEqual(names.sort())
  })

  for (const [name, keys] of Object.entries(expected)) {
    it(`should expose exactly the pinned API of ${name} (named exports only)`, async () => {
      const module = (await import(name)) as Record<string, unknown>
      expect(Object.keys(module).sort()).toEqual(keys)
      expect('default' in module).toBe(false)
    })
  }
})
