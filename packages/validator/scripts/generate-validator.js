// Generate `src/lib/document-validator.ts`: the validation code of `schemas/document.schema.json`,
// compiled by ajv ahead of time (ajv's "standalone validation code").
//
// Compiling the schema costs ajv about 370 ms, in every process and every worker thread that
// validates; loading the generated code costs about 15 ms, and needs no ajv at run time.
// `test/generated.test.ts` runs `generateValidator` and fails when the committed file differs.
//
// Usage: node packages/validator/scripts/generate-validator.js
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import standalone from 'ajv/dist/standalone/index.js'

export const schemaUrl = new URL('../../../schemas/document.schema.json', import.meta.url)
export const validatorUrl = new URL('../src/lib/document-validator.ts', import.meta.url)

/** The ajv options the validator is compiled with: every error, discriminators, strict schema. */
export const options = {allErrors: true, discriminator: true, strict: true, allowUnionTypes: true}

/**
 * Compile the document schema to standalone validation code.
 *
 * @param {any} schema
 *   The parsed JSON Schema (2020-12) of the tree.
 * @returns {string}
 *   TypeScript source for `src/lib/document-validator.ts` (ajv's JavaScript, unchecked).
 */
export function generateValidator(schema) {
  const ajv = new Ajv2020({...options, code: {source: true, esm: true, lines: true}})
  addFormats.default(ajv)
  const code = standalone.default(ajv, ajv.compile(schema))
  if (/\brequire\(|\bimport\b/.test(code)) throw new Error('Cannot generate the validator: the standalone code needs a runtime module')
  return [
    '// @ts-nocheck',
    '// Generated from schemas/document.schema.json by scripts/generate-validator.js (ajv standalone code).',
    '// Do not edit by hand: edit the schema, then run `npm run generate`.',
    '/* oxlint-disable */',
    code.replace(/export default \w+;\n?/, '').trimEnd(),
    ''
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(validatorUrl, generateValidator(JSON.parse(readFileSync(schemaUrl, 'utf8'))))
}
