import type {PersonLeaf} from 'schema-dts'
import type {Handle} from '../types.js'
import {assertIri, sortedUnique} from '../util.js'

/**
 * Export a person as a `Person`: `name`, `alternateName` (every other spelling, sorted),
 * `honorificPrefix`, `jobTitle` (the name of the first post, when there is one), `sameAs`
 * (Wikidata), and `memberOf` → one `OrganizationRole` per post (see `post`).
 *
 * @param entity
 *   Person entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `Person` node.
 */
export const person: Handle<'person'> = function (entity, state) {
  const node: PersonLeaf = {'@id': assertIri(entity.id, `person \`${entity.name}\``), '@type': 'Person', name: entity.name}
  const alternateNames = sortedUnique(entity.alternateNames).filter((name) => name !== entity.name)
  if (alternateNames.length > 0) node.alternateName = alternateNames
  if (entity.honorific !== null) node.honorificPrefix = entity.honorific
  const first = entity.posts[0]
  if (first) node.jobTitle = first.name
  if (entity.sameAs !== null) node.sameAs = assertIri(entity.sameAs, `\`sameAs\` of person \`${entity.name}\``)
  const roles = state.all('post', entity.posts)
  if (roles.length > 0) node.memberOf = roles
  return node
}
