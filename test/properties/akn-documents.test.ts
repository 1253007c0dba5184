// Property (e): for generated documents read as statements and speeches (as the parser classifies them, or with
// the kind forced), `toAkn` never throws, its output is well-formed XML (xmldom with an `onError` that throws,
// and only XML 1.0 characters) and `checkReferences` finds no problem; a handful of them are also validated
// against the Akoma Ntoso 3.0 XSD with `validateAkn` (more in a fuzz run).
import * as fc from 'fast-check'
import {describe} from 'vitest'
import type {Kind} from '@communique/doctree'
import {validateAkn} from '@communique/export-akn'
import {documentText} from './arbitraries.js'
import {checkTextAkn} from './checks.js'
import {asyncProperty, property} from './settings.js'

const kinds = fc.constantFrom<Kind | null>(null, null, 'statement', 'speech')
let exported = 0
let validated = 0

describe('export-akn: generated documents', () => {
  property(
    '(e) toAkn of parsed statements and speeches is well-formed with resolved references',
    fc.tuple(documentText, kinds),
    ([{text, encoding}, kind]) => {
      if (checkTextAkn(text, encoding, kind) !== null) exported++
    },
    {small: 150},
    () => `toAkn exports (incl. shrinking)=${exported}`
  )

  asyncProperty(
    '(e) toAkn of parsed statements and speeches validates against the AKN XSD',
    fc.tuple(documentText, fc.constantFrom<Kind>('statement', 'speech')),
    async ([{text, encoding}, kind]) => {
      const xml = checkTextAkn(text, encoding, kind)
      if (xml === null) return
      validated++
      const errors = await validateAkn(xml)
      if (errors.length > 0) throw new Error(`validateAkn: ${errors.map((error) => `${error.line}:${error.column} ${error.message}`).join('; ')}`)
    },
    {small: 5, fuzz: 0.05},
    () => `XSD validations (incl. shrinking)=${validated}`
  )
})
