import {describe, expect, it} from 'vitest'
import {citation} from '../../src/lib/handlers/citation.js'
import {createState} from '../../src/lib/state.js'
import {corpus, ids, stems} from '../fixtures/corpus.js'

describe('citation', () => {
  it('should export a cited document with a full date', () => {
    expect(
      citation({id: ids.charter, title: 'Charter of the Organization of Boreal States', date: '2015-06-01', matches: null, documents: []}, createState(corpus))
    ).toEqual({'@id': ids.charter, '@type': 'CreativeWork', name: 'Charter of the Organization of Boreal States', datePublished: '2015-06-01'})
  })

  it('should leave out a partial date and link a document of the run with `sameAs`', () => {
    expect(
      citation(
        {id: ids.cfmStatement, title: 'Statement of the Council of Foreign Ministers of 5 March 2024', date: '2024-03', matches: stems.statement, documents: []},
        createState(corpus)
      )
    ).toEqual({
      '@id': ids.cfmStatement,
      '@type': 'CreativeWork',
      name: 'Statement of the Council of Foreign Ministers of 5 March 2024',
      sameAs: ids.statement
    })
  })

  it('should leave out a date that does not exist', () => {
    expect('datePublished' in citation({id: ids.charter, title: 'Charter', date: '2015-02-30', matches: null, documents: []}, createState(corpus))).toBe(false)
  })
})
