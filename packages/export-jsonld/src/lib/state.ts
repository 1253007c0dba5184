import type {Corpus, CountryEntity, DocumentEntity, OrganizationEntity} from '@communique/resolver'
import {all, one} from './one.js'
import type {EntityKind, State} from './types.js'
import {isAbsoluteIri} from './util.js'

/**
 * Create the state for exporting one corpus: indexes by stem, file, country code and IRI.
 *
 * @param corpus
 *   The resolved corpus.
 * @returns
 *   Fresh state.
 * @throws {Error}
 *   When `corpus.base` is not an absolute IRI ending with `/`.
 */
export function createState(corpus: Readonly<Corpus>): State {
  const base = corpus.base
  if (!isAbsoluteIri(base) || !base.endsWith('/')) {
    throw new Error(`Invalid base IRI \`${base}\`: expected an absolute IRI ending with \`/\`, such as \`https://example.org/communique/id/\``)
  }

  const documentsByStem = new Map<string, DocumentEntity>()
  const documentsByFile = new Map<string, DocumentEntity>()
  for (const document of corpus.documents) {
    documentsByStem.set(document.stem, document)
    documentsByFile.set(document.file, document)
  }

  const countriesByCode = new Map<string, CountryEntity>()
  for (const country of corpus.countries) countriesByCode.set(country.code.toUpperCase(), country)

  const organizationsById = new Map<string, OrganizationEntity>()
  for (const organization of corpus.organizations) organizationsById.set(organization.id, organization)

  const entityIds = new Map<string, EntityKind>()
  const groups: Array<[EntityKind, ReadonlyArray<{id: string}>]> = [
    ['document', corpus.documents],
    ['person', corpus.people],
    ['organization', corpus.organizations],
    ['country', corpus.countries],
    ['place', corpus.places],
    ['meeting', corpus.meetings],
    ['quotation', corpus.quotations],
    ['citation', corpus.citations]
  ]
  for (const [kind, entities] of groups) {
    for (const entity of entities) entityIds.set(entity.id, kind)
  }

  const state: State = {
    corpus,
    base,
    documentsByStem,
    documentsByFile,
    countriesByCode,
    countryIds: new Set(corpus.countries.map((country) => country.id)),
    organizationsById,
    entityIds,
    minted: new Map(),
    one(kind, entity) {
      return one(kind, entity, state)
    },
    all(kind, entities) {
      return all(kind, entities, state)
    }
  }
  return state
}
