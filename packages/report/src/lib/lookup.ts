import type {CitationEntity, Corpus} from '@communique/resolver'
import type {Lookup, ReportDocument} from './types.js'

/**
 * Index the corpus and the documents of the run.
 *
 * @param corpus
 *   Resolved corpus.
 * @param documents
 *   Documents of the run.
 * @returns
 *   The lookup tables; documents in stem order (by UTF-16 code units, so the order does not depend on the
 *   locale).
 * @throws {Error}
 *   When two documents have the same stem.
 */
export function createLookup(corpus: Readonly<Corpus>, documents: ReadonlyArray<Readonly<ReportDocument>>): Lookup {
  const sorted = [...documents].sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0))
  const documentsByStem = new Map<string, Readonly<ReportDocument>>()
  const documentsByFile = new Map<string, Readonly<ReportDocument>>()

  for (const document of sorted) {
    if (documentsByStem.has(document.stem)) {
      throw new Error(`Cannot render two documents with the stem \`${document.stem}\`: stems must be unique in a run`)
    }
    documentsByStem.set(document.stem, document)
    documentsByFile.set(document.file, document)
  }

  const citationsByStem = new Map<string, CitationEntity[]>()
  for (const citation of corpus.citations) {
    for (const stem of citation.documents) {
      const list = citationsByStem.get(stem)
      if (list) list.push(citation)
      else citationsByStem.set(stem, [citation])
    }
  }

  return {
    people: new Map(corpus.people.map((entity) => [entity.id, entity])),
    organizations: new Map(corpus.organizations.map((entity) => [entity.id, entity])),
    countries: new Map(corpus.countries.map((entity) => [entity.id, entity])),
    countriesByCode: new Map(corpus.countries.map((entity) => [entity.code, entity])),
    places: new Map(corpus.places.map((entity) => [entity.id, entity])),
    meetings: new Map(corpus.meetings.map((entity) => [entity.id, entity])),
    citationsByStem,
    documents: sorted,
    documentsByStem,
    documentsByFile
  }
}
