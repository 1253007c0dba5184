// The output is valid, lossless schema.org JSON-LD: it expands in safe mode with no key or value
// lost, every predicate and class is in the schema.org vocabulary, every `@id` is an absolute IRI,
// and no reference dangles.
import jsonld from 'jsonld'
import type {JsonLdDocument} from 'jsonld'
import {describe, expect, it} from 'vitest'
import {serializeJsonLd} from '@communique/export-jsonld'
import {base, corpus, ids} from './fixtures/corpus.js'
import {
  allIds,
  checkVocabulary,
  countKeysAndValues,
  danglingReferences,
  documentLoader,
  normaliseSchemaOrg,
  requested,
  safeExpand,
  toNQuads,
  vocabulary
} from './util.js'

/** The output as users read it: parsed from the serialized text. */
const document = JSON.parse(serializeJsonLd(corpus)) as JsonLdDocument

describe('expansion (jsonld.js, safe mode, offline)', () => {
  it('should expand without losing a key or a value', async () => {
    const before = countKeysAndValues(document)
    const expanded = await jsonld.expand(document, safeExpand)
    const after = countKeysAndValues(expanded)
    expect(after).toEqual(before)
    // Pinned, so that a change to the model shows up here too.
    expect(before).toEqual({keys: 169, values: 218})
  })

  it('should expand every key to a schema.org property IRI', async () => {
    const expanded = await jsonld.expand(document, safeExpand)
    const keys = new Set<string>()
    const stack: unknown[] = [expanded]
    while (stack.length > 0) {
      const current = stack.pop()
      if (Array.isArray(current)) stack.push(...(current as unknown[]))
      else if (typeof current === 'object' && current !== null) {
        for (const [key, value] of Object.entries(current)) {
          if (!key.startsWith('@')) keys.add(key)
          stack.push(value)
        }
      }
    }

    expect([...keys].filter((key) => !key.startsWith('http://schema.org/'))).toEqual([])
  })

  it('should only ever ask the loader for the schema.org context', async () => {
    requested.length = 0
    await jsonld.expand(document, safeExpand)
    expect(new Set(requested)).toEqual(new Set(['https://schema.org']))
  })

  it('should make the loader refuse anything else', async () => {
    await expect(documentLoader('https://example.org/context.jsonld')).rejects.toThrow('Refusing to load `https://example.org/context.jsonld`: the tests never fetch')
  })

  it('should make safe mode throw on lossy JSON-LD (a bare term in `@id`, pitfall 3)', async () => {
    const lossy = {'@context': 'https://schema.org', '@type': 'Event', eventAttendanceMode: {'@id': 'OnlineEventAttendanceMode'}}
    await expect(jsonld.expand(lossy, safeExpand)).rejects.toThrow()
  })
})

describe('vocabulary (schema.org 30.0)', () => {
  it('should use only predicates and classes that schema.org defines', async () => {
    const {predicates, classes, unknown} = checkVocabulary(await toNQuads(document))
    expect(unknown).toEqual([])
    expect(classes).toEqual(
      [
        'Country',
        'CreativeWork',
        'Event',
        'GovernmentOrganization',
        'NewsArticle',
        'Organization',
        'OrganizationRole',
        'Person',
        'Place',
        'Quotation',
        'Role',
        'VirtualLocation'
      ].map((name) => `http://schema.org/${name}`)
    )
    expect(predicates).toEqual(
      [
        ...[
          'about',
          'alternateName',
          'attendee',
          'citation',
          'containedInPlace',
          'creator',
          'datePublished',
          'dateline',
          'endDate',
          'eventAttendanceMode',
          'genre',
          'headline',
          'honorificPrefix',
          'identifier',
          'isPartOf',
          'jobTitle',
          'location',
          'member',
          'memberOf',
          'mentions',
          'name',
          'organizer',
          'parentOrganization',
          'publisher',
          'recordedIn',
          'roleName',
          'sameAs',
          'startDate',
          'subOrganization',
          'subjectOf',
          'text'
        ].map((name) => `http://schema.org/${name}`),
        'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
      ].sort()
    )
  })

  it('should keep the `Dataset` node of `generatedAt` valid and lossless', async () => {
    const stamped = JSON.parse(serializeJsonLd(corpus, {generatedAt: '2026-01-11T09:30:00Z'})) as JsonLdDocument
    expect(countKeysAndValues(await jsonld.expand(stamped, safeExpand))).toEqual({keys: 171, values: 220})
    const {classes, unknown} = checkVocabulary(await toNQuads(stamped))
    expect(unknown).toEqual([])
    expect(classes).toContain('http://schema.org/Dataset')
  })

  it('should write attendance modes as IRIs of enumeration members, not literals (pitfall 2)', async () => {
    const nquads = await toNQuads(document)
    const modes = nquads.split('\n').filter((line) => line.includes('<http://schema.org/eventAttendanceMode>'))
    expect(modes.sort()).toEqual([
      `<${ids.cfmMeeting}> <http://schema.org/eventAttendanceMode> <http://schema.org/OnlineEventAttendanceMode> .`,
      `<${ids.summit}> <http://schema.org/eventAttendanceMode> <http://schema.org/OfflineEventAttendanceMode> .`
    ])
    expect(vocabulary.members.has('http://schema.org/OnlineEventAttendanceMode')).toBe(true)
    expect(vocabulary.members.has('http://schema.org/OfflineEventAttendanceMode')).toBe(true)
  })

  it('should catch a misspelt property or class that `@vocab` would let through (pitfall 6)', async () => {
    const typo = {'@context': 'https://schema.org', '@id': ids.cfmMeeting, '@type': 'Eventt', atendee: {'@id': ids.tamm}}
    expect(checkVocabulary(await toNQuads(typo)).unknown).toEqual(['http://schema.org/Eventt', 'http://schema.org/atendee'])
  })

  it('should normalise https schema.org IRIs to http (pitfall 4)', () => {
    expect(normaliseSchemaOrg('<https://schema.org/Thing>')).toBe('<http://schema.org/Thing>')
  })
})

describe('IRIs and references', () => {
  it('should give every `@id` as an absolute IRI without unsafe characters', () => {
    const unsafe = /[\s<>"{}|\\^`]/
    const bad = allIds(document).filter((id) => {
      if (/^schema:[A-Z][A-Za-z]+$/.test(id)) return !vocabulary.members.has(`http://schema.org/${id.slice('schema:'.length)}`)
      if (unsafe.test(id)) return true
      try {
        const url = new URL(id)
        return url.protocol !== 'https:' || !id.startsWith(base)
      } catch {
        return true
      }
    })
    expect(bad).toEqual([])
    expect(allIds(document).length).toBe(125)
  })

  it('should leave no reference dangling', async () => {
    const flattened = await jsonld.flatten(document, undefined, {documentLoader})
    expect(danglingReferences(flattened, base)).toEqual([])
    // Only the five memberships of the organization are blank nodes.
    const blank = (flattened as unknown as Array<{'@id': string}>).filter((node) => node['@id'].startsWith('_:'))
    expect(blank.length).toBe(5)
  })

  it('should find a dangling reference when there is one', async () => {
    const broken = structuredClone(corpus)
    const first = broken.documents[0]
    if (!first) throw new Error('Expected a document')
    first.mentions.push(`${base}person/nobody`)
    const flattened = await jsonld.flatten(JSON.parse(serializeJsonLd(broken)) as JsonLdDocument, undefined, {documentLoader})
    expect(danglingReferences(flattened, base)).toEqual([`http://schema.org/mentions → ${base}person/nobody`])
  })
})
