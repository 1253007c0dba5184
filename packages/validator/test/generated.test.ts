import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain JavaScript build script without types.
import {generateValidator, schemaUrl, validatorUrl} from '../scripts/generate-validator.js'
import {documentValidator} from '../src/lib/validate.js'

const generate = generateValidator as (schema: unknown) => string

describe('the generated validator', () => {
  it('should be ajv’s code for schemas/document.schema.json as it is now (run `npm run generate`)', () => {
    const schema = JSON.parse(readFileSync(schemaUrl as URL, 'utf8')) as unknown
    expect(readFileSync(validatorUrl as URL, 'utf8')).toBe(generate(schema))
  })

  it('should report every error, with ajv’s error objects', () => {
    const check = documentValidator()
    expect(check({type: 'document', kind: 'pamphlet', children: [{type: 'nonsense'}]})).toBe(false)
    const errors = check.errors ?? []
    expect(errors.length).toBeGreaterThan(1)
    expect(errors.map((error) => error.keyword)).toEqual(expect.arrayContaining(['required', 'enum', 'discriminator']))
    for (const error of errors) expect(Object.keys(error).sort()).toEqual(expect.arrayContaining(['instancePath', 'keyword', 'params', 'schemaPath']))
    expect(check({type: 'document'})).toBe(false)
  })
})
