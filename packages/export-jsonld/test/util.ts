// Helpers shared by the tests: an offline JSON-LD document loader serving the vendored schema.org
// context, the vendored schema.org vocabulary, and small walkers over JSON-LD.
import {readFileSync} from 'node:fs'
import jsonld from 'jsonld'
import type {JsonLdDocument, Options} from 'jsonld'

/** What a jsonld.js document loader resolves to. */
type RemoteDocument = Awaited<ReturnType<NonNullable<Options.Expand['documentLoader']>>>

/** Folder of the vendored schema.org files (`schemas/schemaorg/` at the repository root). */
export const schemaFolder = new URL('../../../schemas/schemaorg/', import.meta.url)

/** The vendored schema.org context document. */
export const schemaContext = JSON.parse(readFileSync(new URL('schemaorgcontext.jsonld', schemaFolder), 'utf8')) as RemoteDocument['document']

/** URLs the document loader serves the context for (pitfall 1: `https://schema.org` and friends). */
const contextUrls = new Set(['http://schema.org', 'http://schema.org/', 'https://schema.org', 'https://schema.org/'])

/** URLs the loader was asked for (to prove nothing else was requested). */
export const requested: string[] = []

/**
 * A jsonld.js document loader that never touches the network: it serves the vendored schema.org
 * context for `http(s)://schema.org[/]` and throws for anything else.
 *
 * @param url
 *   URL asked for.
 * @returns
 *   The remote document.
 */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  requested.push(url)
  if (!contextUrls.has(url)) throw new Error(`Refusing to load \`${url}\`: the tests never fetch`)
  return {contextUrl: undefined, documentUrl: url, document: schemaContext}
}

/** Options of `jsonld.expand` in safe mode (`safe` is missing from `@types/jsonld`). */
export const safeExpand: Options.Expand & {safe: boolean} = {documentLoader, safe: true}

/** `rdf:type`. */
export const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

/** The schema.org vocabulary (release 30.0, http IRIs): every subject with its `rdf:type`s. */
export const vocabulary = (() => {
  const types = new Map<string, Set<string>>()
  const triple = /^<([^>]+)> <([^>]+)> <([^>]+)> \.$/
  for (const line of readFileSync(new URL('schemaorg-current-http.nt', schemaFolder), 'utf8').split('\n')) {
    const match = triple.exec(line)
    if (!match || match[2] !== rdfType) continue
    const [, subject = '', , object = ''] = match
    let set = types.get(subject)
    if (!set) types.set(subject, (set = new Set()))
    set.add(object)
  }

  const typed = (type: string) => new Set([...types].filter(([, set]) => set.has(type)).map(([subject]) => subject))
  const classes = typed('http://www.w3.org/2000/01/rdf-schema#Class')
  const properties = typed('http://www.w3.org/1999/02/22-rdf-syntax-ns#Property')
  // Enumeration members are instances of a schema.org class (`OnlineEventAttendanceMode` is an `EventAttendanceModeEnumeration`).
  const members = new Set([...types].filter(([, set]) => [...set].some((type) => classes.has(type))).map(([subject]) => subject))
  return {classes, properties, members}
})()

/**
 * Normalise `https://schema.org/` to `http://schema.org/` (pitfall 4: the context's `@vocab` is http).
 *
 * @param value
 *   Text.
 * @returns
 *   Text with http schema.org IRIs.
 */
export function normaliseSchemaOrg(value: string): string {
  return value.replaceAll('https://schema.org/', 'http://schema.org/')
}

/**
 * Count non-keyword keys and their values in a JSON-LD document (JSONLD.md §4): before expansion
 * these are terms, after expansion property IRIs; each array item counts as one value.
 *
 * @param value
 *   Compacted or expanded JSON-LD.
 * @returns
 *   Counts.
 */
export function countKeysAndValues(value: unknown): {keys: number; values: number} {
  const counts = {keys: 0, values: 0}
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      stack.push(...(current as unknown[]))
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        if (key === '@context') continue
        if (!key.startsWith('@')) {
          counts.keys++
          counts.values += Array.isArray(item) ? item.length : 1
        }

        stack.push(item)
      }
    }
  }

  return counts
}

/**
 * Convert a JSON-LD document to N-Quads with the offline loader, schema.org IRIs normalised to http.
 *
 * @param document
 *   JSON-LD.
 * @returns
 *   N-Quads, one quad a line.
 */
export async function toNQuads(document: unknown): Promise<string> {
  const result = await jsonld.toRDF(document as JsonLdDocument, {documentLoader, format: 'application/n-quads'})
  if (typeof result !== 'string') throw new Error('Expected N-Quads text from `jsonld.toRDF`')
  return normaliseSchemaOrg(result)
}

/**
 * The predicates and classes of N-Quads that schema.org does not define (pitfall 6: `@vocab`
 * turns a typo into a valid-looking IRI, so a key count does not catch it).
 *
 * @param nquads
 *   N-Quads with http schema.org IRIs.
 * @returns
 *   Used predicates and classes, and those unknown to the vocabulary.
 */
export function checkVocabulary(nquads: string): {predicates: string[]; classes: string[]; unknown: string[]} {
  const predicates = new Set<string>()
  const classes = new Set<string>()
  for (const line of nquads.split('\n')) {
    if (line === '') continue
    const [, predicate = '', object = ''] = line.split(' ')
    predicates.add(predicate.slice(1, -1))
    if (predicate === `<${rdfType}>`) classes.add(object.slice(1, -1))
  }

  const unknown = [
    ...[...predicates].filter((predicate) => predicate !== rdfType && !vocabulary.properties.has(predicate)),
    ...[...classes].filter((type) => !vocabulary.classes.has(type))
  ]
  return {predicates: [...predicates].sort(), classes: [...classes].sort(), unknown: unknown.sort()}
}

/**
 * The references of a flattened, expanded graph that point at no node of the graph. Allowed:
 * schema.org enumeration members, and `sameAs` links to IRIs outside `base` (Wikidata).
 *
 * @param flattened
 *   Result of `jsonld.flatten(document, null, …)`.
 * @param base
 *   Base IRI of the corpus.
 * @returns
 *   `property → IRI` lines of dangling references, sorted.
 */
export function danglingReferences(flattened: unknown, base: string): string[] {
  const nodes = (Array.isArray(flattened) ? flattened : []) as Array<Record<string, unknown>>
  const ids = new Set(nodes.map((node) => node['@id']))
  const dangling: string[] = []
  for (const node of nodes) {
    for (const [property, values] of Object.entries(node)) {
      if (property.startsWith('@') || !Array.isArray(values)) continue
      for (const value of values as Array<Record<string, unknown>>) {
        const id = value['@id']
        if (typeof id !== 'string' || ids.has(id)) continue
        if (vocabulary.members.has(normaliseSchemaOrg(id))) continue
        if (property === 'http://schema.org/sameAs' && !id.startsWith(base)) continue
        dangling.push(`${property} → ${id}`)
      }
    }
  }

  return dangling.sort()
}

/**
 * Every `@id` value in a JSON value, at any depth.
 *
 * @param value
 *   JSON.
 * @returns
 *   The `@id`s, in document order.
 */
export function allIds(value: unknown): string[] {
  const ids: string[] = []
  const visit = (current: unknown): void => {
    if (Array.isArray(current)) {
      for (const item of current) visit(item)
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        if (key === '@id' && typeof item === 'string') ids.push(item)
        else visit(item)
      }
    }
  }

  visit(value)
  return ids
}

/**
 * Find a top-level node of a graph by `@id`.
 *
 * @param graph
 *   `{"@graph": […]}`.
 * @param id
 *   IRI.
 * @returns
 *   The node.
 */
export function nodeById(graph: {'@graph': readonly unknown[]}, id: string): unknown {
  const found = graph['@graph'].find((node) => typeof node === 'object' && node !== null && (node as {'@id'?: unknown})['@id'] === id)
  if (!found) throw new Error(`No node \`${id}\` in the graph`)
  return found
}
