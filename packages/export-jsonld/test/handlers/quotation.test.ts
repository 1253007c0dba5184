import {describe, expect, it} from 'vitest'
import {quotation} from '../../src/lib/handlers/quotation.js'
import {createState} from '../../src/lib/state.js'
import {corpus, ids, stems} from '../fixtures/corpus.js'

describe('quotation', () => {
  it('should export a quotation with its speaker and document', () => {
    expect(
      quotation({id: ids.quotation, text: 'We will not leave our neighbours alone with the water.', creator: ids.ozolins, document: stems.news}, createState(corpus))
    ).toEqual({
      '@id': ids.quotation,
      '@type': 'Quotation',
      text: 'We will not leave our neighbours alone with the water.',
      creator: {'@id': ids.ozolins},
      isPartOf: {'@id': ids.news}
    })
  })
})
