import type {CountryLeaf} from 'schema-dts'
import type {Handle} from '../types.js'
import {assertIri} from '../util.js'

/**
 * Export a country as a `Country`: `name`, `identifier` = its ISO 3166-1 alpha-2 code, `sameAs`
 * (Wikidata).
 *
 * @param entity
 *   Country entity.
 * @param _state
 *   Info passed around (unused).
 * @returns
 *   `Country` node.
 */
export const country: Handle<'country'> = function (entity, _state) {
  const what = `country \`${entity.code}\``
  const node: CountryLeaf = {'@id': assertIri(entity.id, what), '@type': 'Country', name: entity.name, identifier: entity.code}
  if (entity.sameAs !== null) node.sameAs = assertIri(entity.sameAs, `\`sameAs\` of ${what}`)
  return node
}
