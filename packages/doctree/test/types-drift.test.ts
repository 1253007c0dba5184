import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain JavaScript build script without types.
import {generateTypes, schemaUrl, typesUrl} from '../scripts/generate-types.js'

describe('schema and types', () => {
  it('should have src/types.ts generated from schemas/document.schema.json (run `npm run generate`)', () => {
    const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as unknown
    expect(readFileSync(typesUrl, 'utf8')).toBe((generateTypes as (schema: unknown) => string)(schema))
  })

  it('should ship the same schema as the repository’s schemas/ (run `npm run build`)', () => {
    expect(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')).toBe(readFileSync(schemaUrl, 'utf8'))
  })

  it('should give the schema an $id and the 2020-12 dialect', () => {
    const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as {$id: string; $schema: string}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toMatch(/^https:\/\/.+\/document\.schema\.json$/)
  })

  it('should fail on a schema it cannot type', () => {
    expect(() => (generateTypes as (schema: unknown) => string)({$defs: {Bad: {type: 'object', properties: {x: {type: 'tuple'}}}}})).toThrow(
      /Cannot generate a type for schema/
    )
  })
})
