// Property (f), Akoma Ntoso part: for generated document TREES (schema-valid, every node type, hostile text),
// `toAkn` never throws and its output is well-formed XML. The generator itself is checked first: its trees
// validate against the document schema.
import {describe} from 'vitest'
import {documentTree} from './arbitraries.js'
import {checkAkn, checkTreeIsValid} from './checks.js'
import {property} from './settings.js'

describe('export-akn: generated trees', () => {
  property('(f) generated trees validate against the schema (generator check)', documentTree(), (tree) => checkTreeIsValid(tree), {small: 200, fuzz: 0.2})
  property('(f) toAkn of generated statement and speech trees never throws and is well-formed', documentTree(['statement', 'speech']), (tree) => {
    checkAkn(tree, false)
  }, {small: 300})
})
