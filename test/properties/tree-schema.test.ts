// Property (b): every tree the parser gives validates against the document schema
// (`validate(JSON.parse(JSON.stringify(tree)))` returns no message) and survives a JSON round trip unchanged.
import {describe} from 'vitest'
import {documentText} from './arbitraries.js'
import {checkTextGivesValidTree} from './checks.js'
import {property} from './settings.js'

describe('parser: trees are valid', () => {
  property('(b) every parsed tree validates and survives JSON', documentText, ({text, encoding}) => checkTextGivesValidTree(text, encoding), {small: 150})
})
