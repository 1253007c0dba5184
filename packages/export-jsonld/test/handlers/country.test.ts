import {describe, expect, it} from 'vitest'
import {country} from '../../src/lib/handlers/country.js'
import {createState} from '../../src/lib/state.js'
import {corpus, ids} from '../fixtures/corpus.js'

describe('country', () => {
  it('should export a country with its code and Wikidata id', () => {
    expect(country({id: ids.fi, code: 'FI', name: 'Finland', sameAs: 'http://www.wikidata.org/entity/Q33', documents: []}, createState(corpus))).toEqual({
      '@id': ids.fi,
      '@type': 'Country',
      name: 'Finland',
      identifier: 'FI',
      sameAs: 'http://www.wikidata.org/entity/Q33'
    })
  })

  it('should leave out an unknown Wikidata id', () => {
    expect(country({id: ids.lv, code: 'LV', name: 'Latvia', sameAs: null, documents: []}, createState(corpus))).toEqual({
      '@id': ids.lv,
      '@type': 'Country',
      name: 'Latvia',
      identifier: 'LV'
    })
  })
})
