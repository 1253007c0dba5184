import {describe, expect, it} from 'vitest'
import {document} from '../../src/lib/handlers/document.js'
import {createState} from '../../src/lib/state.js'
import {base, corpus, ids, stems} from '../fixtures/corpus.js'

const find = (stem: string) => {
  const found = corpus.documents.find((item) => item.stem === stem)
  if (!found) throw new Error(`Expected document ${stem}`)
  return found
}

describe('document', () => {
  it('should export a statement as a `CreativeWork` with genre, title, date, publisher, mentions and citations', () => {
    expect(document(find(stems.statement), createState(corpus))).toEqual({
      '@id': ids.statement,
      '@type': 'CreativeWork',
      identifier: stems.statement,
      genre: 'statement',
      name: 'Statement of the Council of Foreign Ministers of the Organization of Boreal States on Flood Relief',
      datePublished: '2024-03-05',
      publisher: {'@id': ids.obs},
      about: {'@id': ids.cfmMeeting},
      mentions: [ids.ee, ids.fi, ids.lv, ids.obs, ids.cfm, ids.kaariainen, ids.thorsdottir, ids.tamm, ids.ozolins, ids.einarsdottir, ids.riga].map((id) => ({'@id': id})),
      citation: [{'@id': ids.charter}]
    })
  })

  it('should export news as a `NewsArticle` with `headline` and `dateline`, and mentions once each', () => {
    expect(document(find(stems.news), createState(corpus))).toEqual({
      '@id': ids.news,
      '@type': 'NewsArticle',
      identifier: stems.news,
      headline: 'Boreal ministers pledge joint flood relief',
      datePublished: '2024-03-05',
      dateline: 'TALLINN',
      publisher: {'@id': `${base}org/nordic-press-agency`},
      about: {'@id': ids.cfmMeeting},
      mentions: [ids.ee, ids.obs, ids.kaariainen, ids.ozolins].map((id) => ({'@id': id}))
    })
  })

  it('should export a speech with genre `speech` and no publisher when none is named', () => {
    const node = document(find(stems.speech), createState(corpus))
    expect(node).toMatchObject({'@type': 'CreativeWork', genre: 'speech', citation: [{'@id': ids.charter}, {'@id': ids.cfmStatement}]})
    expect('publisher' in node).toBe(false)
  })

  it('should leave out a missing title and date, and find a publisher by an alternate name', () => {
    expect(document(find(stems.summitNews), createState(corpus))).toEqual({
      '@id': ids.summitNews,
      '@type': 'NewsArticle',
      identifier: stems.summitNews,
      dateline: 'TAMPERE',
      publisher: {'@id': ids.borealWire},
      about: {'@id': ids.summit},
      mentions: [ids.fi, ids.borealWire, ids.obs, ids.kaariainen, ids.lehtonen, ids.tamm, ids.tampere].map((id) => ({'@id': id}))
    })
  })

  it('should give no `dateline` to a document that is not news (schema.org defines it on `NewsArticle`)', () => {
    const node = document({...find(stems.statement), dateline: 'TALLINN', meeting: null, mentions: [], citations: []}, createState(corpus))
    expect(Object.keys(node)).toEqual(['@id', '@type', 'identifier', 'genre', 'name', 'datePublished', 'publisher'])
  })
})
