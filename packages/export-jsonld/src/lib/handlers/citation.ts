import type {CreativeWorkLeaf} from 'schema-dts'
import {documentIri} from '../lookup.js'
import type {Handle} from '../types.js'
import {assertIri, isFullDate} from '../util.js'

/**
 * Export a cited document as a `CreativeWork`: `name` = its title, `datePublished` when its date
 * is a full `YYYY-MM-DD` date, and `sameAs` → the document of the run it is, when it is one.
 *
 * @param entity
 *   Citation entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `CreativeWork` node.
 */
export const citation: Handle<'citation'> = function (entity, state) {
  const what = `citation \`${entity.title}\``
  const node: CreativeWorkLeaf = {'@id': assertIri(entity.id, what), '@type': 'CreativeWork', name: entity.title}
  if (entity.date !== null && isFullDate(entity.date)) node.datePublished = entity.date
  // `sameAs` is typed `@id` by the schema.org context, so the IRI string is a node reference.
  if (entity.matches !== null) node.sameAs = documentIri(state, entity.matches, what)
  return node
}
