import {describe, expect, it} from 'vitest'
import {place} from '../../src/lib/handlers/place.js'
import {createState} from '../../src/lib/state.js'
import {base, corpus, ids} from '../fixtures/corpus.js'

describe('place', () => {
  it('should export a place in a country given by IRI', () => {
    expect(place({id: ids.tampere, name: 'Tampere', country: ids.fi, documents: []}, createState(corpus))).toEqual({
      '@id': ids.tampere,
      '@type': 'Place',
      name: 'Tampere',
      containedInPlace: {'@id': ids.fi}
    })
  })

  it('should export a place in a country given by code', () => {
    expect(place({id: ids.riga, name: 'Riga', country: 'LV', documents: []}, createState(corpus))).toMatchObject({containedInPlace: {'@id': ids.lv}})
    expect(place({id: `${base}place/reykjavik`, name: 'Reykjavík', country: 'IS', documents: []}, createState(corpus))).toMatchObject({
      containedInPlace: {'@id': `${base}country/is`}
    })
  })

  it('should leave out an unknown country', () => {
    expect(place({id: ids.riga, name: 'Riga', country: null, documents: []}, createState(corpus))).toEqual({'@id': ids.riga, '@type': 'Place', name: 'Riga'})
  })
})
