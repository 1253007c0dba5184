// The schema shipped in `schema/` is the repository's vendored OASIS schema, byte for byte
// (`scripts/copy-schema.js` copies it at build).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

describe('schema copy', () => {
  for (const name of ['akomantoso30.xsd', 'xml.xsd']) {
    it(`should ship ${name} unchanged`, () => {
      const shipped = readFileSync(new URL(`../schema/${name}`, import.meta.url))
      const vendored = readFileSync(new URL(`../../../schemas/akn/${name}`, import.meta.url))
      expect(shipped.equals(vendored)).toBe(true)
    })
  }
})
