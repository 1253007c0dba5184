import type {Corpus} from '@communique/resolver'
import type {DatasetLeaf, Graph, Thing} from 'schema-dts'
import {createState} from './state.js'
import type {EntityKind} from './types.js'
import {compare, isDateOrDateTime} from './util.js'

/** Configuration of `toJsonLd` and `serializeJsonLd`. */
export interface Options {
  /**
   * When the graph was generated, as an ISO 8601 date or date-time (optional, default: none, so
   * that the same corpus always gives the same bytes). When given, the graph starts with a
   * `Dataset` node (no `@id`) whose `dateModified` is this value.
   */
  generatedAt?: string | null | undefined
}

/**
 * The `@context` of the output: schema.org, by reference. Consumers resolve it; this package never
 * fetches it (give JSON-LD processors a document loader that serves a local copy, see the README).
 */
export const schemaContextUrl = 'https://schema.org'

/** Name of the `Dataset` node added when `generatedAt` is given. */
const datasetName = 'Communiqué entities'

/** The groups of the graph, in output order, with the corpus field each comes from. */
const groups: ReadonlyArray<readonly [Exclude<EntityKind, 'post'>, Exclude<keyof Corpus, 'base' | 'personIndex' | 'organizationIndex'>]> = [
  ['document', 'documents'],
  ['person', 'people'],
  ['organization', 'organizations'],
  ['country', 'countries'],
  ['place', 'places'],
  ['meeting', 'meetings'],
  ['quotation', 'quotations'],
  ['citation', 'citations']
]

/**
 * Export a resolved corpus as one schema.org JSON-LD graph.
 *
 * Nodes come grouped by kind (documents, people, organizations, countries, places, meetings,
 * quotations, citations), each group in `@id` order; arrays whose order means nothing are sorted.
 * The output does not depend on the order of the corpus arrays, except that a person's first
 * post gives `jobTitle`. Every `@id` comes from the corpus, except three kinds the exporter adds:
 * `{base}org/{slug}` for a publisher that is no organization of the corpus, `{base}country/{code}`
 * for a country code the corpus lists no country for (both also get a node, so no reference
 * dangles), and `{meeting}/virtual-location` for online meetings.
 *
 * @param corpus
 *   The resolved corpus (`@communique/resolver`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{"@context": "https://schema.org", "@graph": […]}`, a plain object typed as schema-dts `Graph`.
 * @throws {Error}
 *   When `corpus.base` or an IRI of the corpus is not an absolute IRI, when an entity refers to a
 *   document stem or file the corpus lacks, when two nodes share an `@id`, or when `generatedAt`
 *   is not an ISO 8601 date or date-time.
 *
 * @example
 *   ```ts
 *   const graph = toJsonLd(corpus)
 *   graph['@graph'].length // number of top-level nodes
 *   ```
 */
export function toJsonLd(corpus: Readonly<Corpus>, options?: Readonly<Options> | null | undefined): Graph {
  const generatedAt = options?.generatedAt ?? undefined
  if (generatedAt !== undefined && !isDateOrDateTime(generatedAt)) {
    throw new Error(`Invalid \`generatedAt\` \`${generatedAt}\`: expected an ISO 8601 date or date-time such as \`2026-01-11\` or \`2026-01-11T09:30:00Z\``)
  }

  const state = createState(corpus)
  const built = groups.map(([kind, field]) => {
    const nodes: Thing[] = state.all(kind, corpus[field])
    return {kind, nodes}
  })
  const graph: Thing[] = []

  if (generatedAt !== undefined) {
    const dataset: DatasetLeaf = {'@type': 'Dataset', name: datasetName, dateModified: generatedAt}
    graph.push(dataset)
  }

  for (const {kind, nodes} of built) {
    for (const minted of state.minted.values()) {
      if (minted.kind === kind) nodes.push(minted.node)
    }

    graph.push(...nodes.sort((a, b) => compare(idOf(a), idOf(b))))
  }

  assertUniqueIds(graph)
  return {'@context': schemaContextUrl, '@graph': graph}
}

/**
 * Export a resolved corpus as the text of `entities.jsonld`: `toJsonLd` serialized with two-space
 * indentation and a final line feed. The same corpus gives the same bytes.
 *
 * @param corpus
 *   The resolved corpus.
 * @param options
 *   Configuration (optional).
 * @returns
 *   JSON text.
 */
export function serializeJsonLd(corpus: Readonly<Corpus>, options?: Readonly<Options> | null | undefined): string {
  return JSON.stringify(toJsonLd(corpus, options), null, 2) + '\n'
}

/**
 * The `@id` of a node, or the empty string.
 *
 * @param node
 *   Node.
 * @returns
 *   Its `@id`.
 */
function idOf(node: Thing): string {
  return typeof node === 'object' && node['@id'] !== undefined ? node['@id'] : ''
}

/**
 * Check that no two node definitions (objects with an `@id` and other keys) share an `@id`, at
 * any depth: the corpus gives each entity, post and attendance one IRI.
 *
 * @param graph
 *   Nodes.
 * @throws {Error}
 *   On the first `@id` defined twice.
 */
function assertUniqueIds(graph: readonly Thing[]): void {
  const seen = new Set<string>()
  const stack: unknown[] = [...graph]
  while (stack.length > 0) {
    const value = stack.pop()
    if (Array.isArray(value)) {
      stack.push(...(value as unknown[]))
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>
      const id = record['@id']
      if (typeof id === 'string' && Object.keys(record).length > 1) {
        if (seen.has(id)) {
          throw new Error(`Duplicate \`@id\` \`${id}\`: two entities, posts or attendances of the corpus share an IRI; the resolver must give each its own`)
        }

        seen.add(id)
      }

      stack.push(...Object.values(record))
    }
  }
}
