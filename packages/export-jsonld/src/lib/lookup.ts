import {countryName, slug} from '@communique/knowledge'
import type {State} from './types.js'
import {assertIri, compare, sortedUnique} from './util.js'

/** ISO 3166-1 alpha-2 codes. */
const countryCode = /^[A-Za-z]{2}$/

/**
 * The IRI of an input document, from its stem.
 *
 * @param state
 *   Info passed around.
 * @param stem
 *   Stem of the document (`002_587fe20fba9a8e01`).
 * @param from
 *   What refers to it, for the error message.
 * @returns
 *   The document's IRI.
 * @throws {Error}
 *   When no document of the corpus has that stem.
 */
export function documentIri(state: State, stem: string, from: string): string {
  const document = state.documentsByStem.get(stem)
  if (!document) {
    throw new Error(`Cannot find document \`${stem}\` (referenced by ${from}): expected the stem of a document in \`corpus.documents\``)
  }

  return assertIri(document.id, `document \`${stem}\``)
}

/**
 * The IRI of an input document, from its file name (its stem also works).
 *
 * @param state
 *   Info passed around.
 * @param file
 *   File name of the document (`002_587fe20fba9a8e01.txt`).
 * @param from
 *   What refers to it, for the error message.
 * @returns
 *   The document's IRI.
 * @throws {Error}
 *   When no document of the corpus has that file name or stem.
 */
export function documentIriByFile(state: State, file: string, from: string): string {
  const document = state.documentsByFile.get(file) ?? state.documentsByStem.get(file)
  if (!document) {
    throw new Error(`Cannot find document file \`${file}\` (referenced by ${from}): expected the file name of a document in \`corpus.documents\``)
  }

  return assertIri(document.id, `document \`${document.stem}\``)
}

/**
 * The IRI of a country, from its code: the corpus country with that code, else
 * `{base}country/{code}` — and then the exporter adds a `Country` node for it, so that
 * no reference dangles.
 *
 * @param state
 *   Info passed around.
 * @param code
 *   ISO 3166-1 alpha-2 code (any case).
 * @param from
 *   What refers to it, for the error message.
 * @returns
 *   The country's IRI.
 * @throws {Error}
 *   When the code is not two letters, or when the IRI it gives belongs to another entity.
 */
export function countryIri(state: State, code: string, from: string): string {
  if (!countryCode.test(code)) {
    throw new Error(`Invalid country code \`${code}\` (in ${from}): expected an ISO 3166-1 alpha-2 code such as \`KZ\``)
  }

  const upper = code.toUpperCase()
  const known = state.countriesByCode.get(upper)
  if (known) return assertIri(known.id, `country \`${upper}\``)

  const iri = `${state.base}country/${upper.toLowerCase()}`
  const taken = state.entityIds.get(iri)
  if (taken) {
    throw new Error(
      `Cannot add country \`${upper}\` (referenced by ${from}) as \`${iri}\`: that IRI is already a ${taken}; add the country to \`corpus.countries\``
    )
  }

  if (!state.minted.has(iri)) {
    state.minted.set(iri, {kind: 'country', node: {'@id': iri, '@type': 'Country', name: countryName(upper), identifier: upper}})
  }

  return iri
}

/**
 * The IRI of the country a place is in. The corpus model leaves open whether
 * `PlaceEntity.country` is a code or an IRI: both are accepted.
 *
 * @param state
 *   Info passed around.
 * @param value
 *   The IRI of a corpus country, or an ISO 3166-1 alpha-2 code.
 * @param from
 *   What refers to it, for the error message.
 * @returns
 *   The country's IRI.
 */
export function countryIriOf(state: State, value: string, from: string): string {
  return state.countryIds.has(value) ? value : countryIri(state, value, from)
}

/**
 * The IRI of a publisher, from the name the document gives.
 *
 * In order: the organization of the corpus with exactly that name; else the only organization
 * with exactly that acronym or alternate name; else `{base}org/{slug}` (an organization of the
 * corpus with that IRI is then the publisher; otherwise the exporter adds an `Organization`
 * node with the name, and the other names that give the same slug as `alternateName`).
 *
 * @param state
 *   Info passed around.
 * @param name
 *   The publisher as named (`Trend`).
 * @param from
 *   What refers to it, for the error message.
 * @returns
 *   The publisher's IRI.
 * @throws {Error}
 *   When the IRI it gives belongs to an entity that is not an organization.
 */
export function publisherIri(state: State, name: string, from: string): string {
  const organizations = [...state.organizationsById.values()].sort((a, b) => compare(a.id, b.id))
  const named = organizations.find((organization) => organization.name === name)
  if (named) return assertIri(named.id, `organization \`${named.name}\``)

  const aliased = organizations.filter((organization) => organization.acronym === name || organization.alternateNames.includes(name))
  if (aliased.length === 1 && aliased[0]) return assertIri(aliased[0].id, `organization \`${aliased[0].name}\``)

  const iri = `${state.base}org/${slug(name)}`
  const taken = state.entityIds.get(iri)
  if (taken === 'organization') return iri
  if (taken) {
    throw new Error(`Cannot add publisher \`${name}\` (of ${from}) as \`${iri}\`: that IRI is already a ${taken}; add the publisher to \`corpus.organizations\``)
  }

  const minted = state.minted.get(iri)
  if (minted?.kind === 'organization') {
    minted.names.add(name)
    const [first, ...rest] = sortedUnique(minted.names)
    minted.node.name = first ?? name
    if (rest.length > 0) minted.node.alternateName = rest
  } else {
    state.minted.set(iri, {kind: 'organization', node: {'@id': iri, '@type': 'Organization', name}, names: new Set([name])})
  }

  return iri
}
