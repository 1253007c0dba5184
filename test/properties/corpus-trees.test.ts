// Property (f), corpus part: for generated document TREES, `resolve` never throws; `serializeJsonLd` gives valid
// JSON whose every `@id` is an absolute URL; `toAttendeesCsv` re-parses with the same number of columns in every
// row and no cell a spreadsheet reads as a formula (`=`, `+`, `-`, `@`, tab, CR) unless prefixed by `'`.
// The same holds for a run of documents read from generated texts.
import * as fc from 'fast-check'
import {describe} from 'vitest'
import {inputTrees, plainDocumentText} from './arbitraries.js'
import {checkResolveAndExports, checkTextsResolve} from './checks.js'
import {property} from './settings.js'

describe('resolver, export-jsonld, export-csv: generated trees', () => {
  property('(f) resolve, JSON-LD and CSV of generated trees', inputTrees, (documents) => checkResolveAndExports(documents), {small: 300})
  property('(f) resolve, JSON-LD and CSV of parsed generated documents', fc.array(plainDocumentText, {minLength: 1, maxLength: 3}), (texts) => checkTextsResolve(texts), {small: 60, fuzz: 0.3})
})
