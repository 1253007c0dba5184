import type {PlaceLeaf} from 'schema-dts'
import {countryIriOf} from '../lookup.js'
import type {Handle} from '../types.js'
import {assertIri, ref} from '../util.js'

/**
 * Export a place that is not a country as a `Place` (whether it is a `City` is not known):
 * `name`, and `containedInPlace` → its country when known.
 *
 * @param entity
 *   Place entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `Place` node.
 */
export const place: Handle<'place'> = function (entity, state) {
  const what = `place \`${entity.name}\``
  const node: PlaceLeaf = {'@id': assertIri(entity.id, what), '@type': 'Place', name: entity.name}
  if (entity.country !== null) node.containedInPlace = ref(countryIriOf(state, entity.country, what), `the country of ${what}`)
  return node
}
