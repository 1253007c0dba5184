// The public API: what the package exports, the shape and order of the graph, options, errors.
import type {Graph} from 'schema-dts'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {schemaContextUrl, serializeJsonLd, toJsonLd} from '@communique/export-jsonld'
import {base, corpus, ids, stems} from './fixtures/corpus.js'
import {nodeById} from './util.js'

describe('@communique/export-jsonld', () => {
  it('should expose exactly the pinned API (named exports only)', async () => {
    const module = (await import('@communique/export-jsonld')) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual(['schemaContextUrl', 'serializeJsonLd', 'toJsonLd'])
    expect('default' in module).toBe(false)
  })

  it('should refer to the schema.org context by URL', () => {
    expect(schemaContextUrl).toBe('https://schema.org')
  })

  it('should type the graph as schema-dts `Graph`', () => {
    expectTypeOf(toJsonLd).returns.toEqualTypeOf<Graph>()
  })
})

describe('toJsonLd', () => {
  const graph = toJsonLd(corpus)

  it('should return a plain object with the schema.org context and one graph', () => {
    expect(Object.keys(graph)).toEqual(['@context', '@graph'])
    expect(graph['@context']).toBe('https://schema.org')
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph)
  })

  it('should order nodes by kind, then by `@id`', () => {
    expect(graph['@graph'].map((node) => (typeof node === 'object' ? node['@id'] : node))).toEqual([
      ids.statement,
      ids.news,
      ids.speech,
      ids.summitNews,
      ids.kaariainen,
      ids.thorsdottir,
      ids.lehtonen,
      ids.tamm,
      ids.ozolins,
      ids.einarsdottir,
      ids.borealWire,
      ids.governmentLv,
      ids.mfaEe,
      `${base}org/nordic-press-agency`,
      ids.obs,
      ids.cfm,
      ids.ee,
      ids.fi,
      `${base}country/is`,
      ids.lv,
      ids.riga,
      ids.tampere,
      ids.cfmMeeting,
      ids.summit,
      ids.quotation,
      ids.charter,
      ids.cfmStatement
    ])
  })

  it('should add a publisher the corpus lacks as an organization under `{base}org/`', () => {
    expect(nodeById(graph, `${base}org/nordic-press-agency`)).toEqual({
      '@id': `${base}org/nordic-press-agency`,
      '@type': 'Organization',
      name: 'Nordic Press Agency'
    })
  })

  it('should add a country the corpus lacks, once, under `{base}country/`', () => {
    expect(nodeById(graph, `${base}country/is`)).toEqual({
      '@id': `${base}country/is`,
      '@type': 'Country',
      name: 'Iceland',
      identifier: 'IS'
    })
    expect(graph['@graph'].filter((node) => typeof node === 'object' && node['@id'] === `${base}country/is`).length).toBe(1)
  })

  it('should merge publishers whose names give the same slug into one organization', () => {
    const changed = structuredClone(corpus)
    const summitNews = changed.documents.find((document) => document.stem === stems.summitNews)
    if (!summitNews) throw new Error('Expected the summit report')
    summitNews.publisher = 'Nordic press agency'
    expect(nodeById(toJsonLd(changed), `${base}org/nordic-press-agency`)).toEqual({
      '@id': `${base}org/nordic-press-agency`,
      '@type': 'Organization',
      name: 'Nordic Press Agency',
      alternateName: ['Nordic press agency']
    })
  })

  it('should reference an organization of the corpus whose IRI a publisher’s slug gives', () => {
    const changed = structuredClone(corpus)
    const news = changed.documents.find((document) => document.stem === stems.news)
    if (!news) throw new Error('Expected the news report')
    news.publisher = 'OBS'
    // `OBS` is the acronym of exactly one organization.
    expect(nodeById(toJsonLd(changed), ids.news)).toMatchObject({publisher: {'@id': ids.obs}})
    news.publisher = 'Mfa EE'
    expect(nodeById(toJsonLd(changed), ids.news)).toMatchObject({publisher: {'@id': ids.mfaEe}})
  })

  it('should start the graph with a `Dataset` node when `generatedAt` is given', () => {
    const stamped = toJsonLd(corpus, {generatedAt: '2026-01-11T09:30:00Z'})
    expect(stamped['@graph'][0]).toEqual({'@type': 'Dataset', name: 'Communiqué entities', dateModified: '2026-01-11T09:30:00Z'})
    expect(stamped['@graph'].slice(1)).toEqual(graph['@graph'])
    expect(toJsonLd(corpus, {generatedAt: '2026-01-11'})['@graph'][0]).toMatchObject({dateModified: '2026-01-11'})
    expect(toJsonLd(corpus, null)).toEqual(graph)
    expect(toJsonLd(corpus, {generatedAt: null})).toEqual(graph)
  })

  it('should reject a `generatedAt` that is not an ISO 8601 date or date-time', () => {
    for (const value of ['yesterday', '2026-02-30', '2026-01-11 09:30', '']) {
      expect(() => toJsonLd(corpus, {generatedAt: value})).toThrow(
        `Invalid \`generatedAt\` \`${value}\`: expected an ISO 8601 date or date-time such as \`2026-01-11\` or \`2026-01-11T09:30:00Z\``
      )
    }
  })

  it('should reject a base that is not an absolute IRI ending with `/`', () => {
    for (const value of ['communique/id/', 'https://example.org/communique/id']) {
      expect(() => toJsonLd({...corpus, base: value})).toThrow(
        `Invalid base IRI \`${value}\`: expected an absolute IRI ending with \`/\`, such as \`https://example.org/communique/id/\``
      )
    }
  })

  it('should reject an entity IRI that is not absolute', () => {
    const changed = structuredClone(corpus)
    const person = changed.people[0]
    if (!person) throw new Error('Expected a person')
    person.id = 'person/aino kaariainen'
    expect(() => toJsonLd(changed)).toThrow(
      'Invalid IRI `person/aino kaariainen` for person `Aino Kääriäinen`: expected an absolute IRI without spaces (such as `https://example.org/communique/id/person/jane-doe`); the corpus must be resolved with a valid base'
    )
  })

  it('should reject a reference to a document stem the corpus lacks', () => {
    const changed = structuredClone(corpus)
    const quotation = changed.quotations[0]
    if (!quotation) throw new Error('Expected a quotation')
    quotation.document = '999_missing'
    expect(() => toJsonLd(changed)).toThrow(
      `Cannot find document \`999_missing\` (referenced by quotation \`${ids.quotation}\`): expected the stem of a document in \`corpus.documents\``
    )
  })

  it('should reject a participant source the corpus lacks', () => {
    const changed = structuredClone(corpus)
    const participant = changed.meetings[1]?.participants[0]
    if (!participant) throw new Error('Expected a participant')
    participant.sources = ['missing.txt']
    expect(() => toJsonLd(changed)).toThrow(
      'Cannot find document file `missing.txt` (referenced by an attendance at meeting `Fifth Summit of the Organization of Boreal States`): expected the file name of a document in `corpus.documents`'
    )
  })

  it('should reject two nodes with one `@id`', () => {
    const changed = structuredClone(corpus)
    const place = changed.places[0]
    if (!place) throw new Error('Expected a place')
    place.id = ids.fi
    expect(() => toJsonLd(changed)).toThrow(
      `Duplicate \`@id\` \`${ids.fi}\`: two entities, posts or attendances of the corpus share an IRI; the resolver must give each its own`
    )
  })

  it('should reject a country code that is not two letters', () => {
    const changed = structuredClone(corpus)
    const member = changed.organizations[0]?.members[0]
    if (!member) throw new Error('Expected a membership')
    member.country = 'FIN'
    expect(() => toJsonLd(changed)).toThrow(
      'Invalid country code `FIN` (in organization `Organization of Boreal States`): expected an ISO 3166-1 alpha-2 code such as `KZ`'
    )
  })

  it('should refuse to add a country under an IRI another entity has', () => {
    const changed = structuredClone(corpus)
    const place = changed.places[0]
    if (!place) throw new Error('Expected a place')
    place.id = `${base}country/is`
    expect(() => toJsonLd(changed)).toThrow(
      `Cannot add country \`IS\` (referenced by post \`Minister for Foreign Affairs of Iceland\`) as \`${base}country/is\`: that IRI is already a place; add the country to \`corpus.countries\``
    )
  })

  it('should refuse to add a publisher under an IRI that is not an organization', () => {
    const changed = structuredClone(corpus)
    const place = changed.places[0]
    if (!place) throw new Error('Expected a place')
    place.id = `${base}org/nordic-press-agency`
    expect(() => toJsonLd(changed)).toThrow(
      `Cannot add publisher \`Nordic Press Agency\` (of document \`${stems.news}\`) as \`${base}org/nordic-press-agency\`: that IRI is already a place; add the publisher to \`corpus.organizations\``
    )
  })
})

describe('serializeJsonLd', () => {
  it('should serialize with two spaces and a final line feed', () => {
    const text = serializeJsonLd(corpus)
    expect(text).toBe(JSON.stringify(toJsonLd(corpus), null, 2) + '\n')
    expect(text.startsWith('{\n  "@context": "https://schema.org",\n  "@graph": [\n    {\n      "@id": ')).toBe(true)
    expect(text.endsWith('\n  ]\n}\n')).toBe(true)
  })

  it('should pass options through', () => {
    expect(serializeJsonLd(corpus, {generatedAt: '2026-01-11'})).toContain('"dateModified": "2026-01-11"')
  })
})
