// The graph answers the questions it is for, in a real RDF store: who attended each meeting, in
// which role, and who chaired it.
import oxigraph from 'oxigraph'
import type {Store} from 'oxigraph'
import {beforeAll, describe, expect, it} from 'vitest'
import {toJsonLd} from '@communique/export-jsonld'
import {corpus, ids} from './fixtures/corpus.js'
import {toNQuads} from './util.js'

const prefix = 'PREFIX schema: <http://schema.org/>\n'
let store: Store
let quads = 0

/**
 * Run a SELECT query and read the named variables of each row.
 *
 * @param query
 *   SPARQL (the `schema:` prefix is added).
 * @param variables
 *   Variables to read, in order.
 * @returns
 *   Rows as arrays of term values, sorted.
 */
function select(query: string, variables: string[]): string[][] {
  const result = store.query(prefix + query)
  if (!Array.isArray(result)) throw new Error('Expected SELECT results')
  return result
    .map((row) => {
      if (!(row instanceof Map)) throw new Error('Expected a solution')
      return variables.map((name) => row.get(name)?.value ?? '')
    })
    .sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : a.join('\t') > b.join('\t') ? 1 : 0))
}

/**
 * SPARQL for the names of the chairs of a meeting.
 *
 * @param meeting
 *   IRI of the meeting.
 * @returns
 *   Query (without prefix).
 */
function chairQuery(meeting: string): string {
  return `SELECT ?name WHERE { <${meeting}> schema:attendee ?r . ?r schema:roleName "chair" ; schema:attendee/schema:name ?name }`
}

beforeAll(async () => {
  const nquads = await toNQuads(toJsonLd(corpus))
  quads = nquads.split('\n').filter(Boolean).length
  store = new oxigraph.Store()
  store.load(nquads, {format: 'application/n-quads'})
})

describe('oxigraph', () => {
  it('should load every quad', () => {
    expect(store.size).toBe(quads)
    // One quad per value (218) and per `@type` (47) of the JSON-LD.
    expect(quads).toBe(265)
  })

  for (const meeting of corpus.meetings) {
    it(`should list exactly the participants and chair of \`${meeting.name}\``, () => {
      const rows = select(`SELECT ?p ?role WHERE { <${meeting.id}> schema:attendee ?r . ?r schema:roleName ?role ; schema:attendee ?p }`, ['p', 'role'])
      const expected = meeting.participants.map((participant) => [participant.person, participant.chair ? 'chair' : 'participant']).sort()
      expect(rows).toEqual(expected)
    })
  }

  it('should name the chair of the online meeting, and no chair of the summit', () => {
    expect(select(chairQuery(ids.cfmMeeting), ['name'])).toEqual([['Aino Kääriäinen']])
    expect(select(chairQuery(ids.summit), ['name'])).toEqual([])
  })

  it('should join across documents on shared IRIs: the reports that mention an attendee of the summit', () => {
    const rows = select(
      `SELECT DISTINCT ?doc WHERE { <${ids.summit}> schema:attendee/schema:attendee ?p . ?doc schema:mentions ?p ; schema:about <${ids.summit}> }`,
      ['doc']
    )
    expect(rows).toEqual([[ids.summitNews]])
  })

  it('should answer which states are observers of the organization, with dates', () => {
    const rows = select(
      `SELECT ?code ?since WHERE { <${ids.obs}> schema:member ?m . ?m schema:roleName "observer" ; schema:startDate ?since ; schema:member/schema:identifier ?code }`,
      ['code', 'since']
    )
    expect(rows).toEqual([
      ['IS', '2021-02-11'],
      ['LV', '2015-06-01']
    ])
  })
})
