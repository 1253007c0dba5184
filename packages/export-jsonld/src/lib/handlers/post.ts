import {countryIri} from '../lookup.js'
import type {Handle, PostNode} from '../types.js'
import {assertIri, ref} from '../util.js'

/**
 * Export a post as an `OrganizationRole` (the role pattern: `Person → memberOf → Role → memberOf →
 * Organization`): `@id` = the post's IRI, `name` = the post as written, `roleName` = the function,
 * and `memberOf` → the organization served, or, when the post serves a state and no organization,
 * the country (an expected-type warning in schema.org validators, not an error).
 *
 * @param entity
 *   Post entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `OrganizationRole` node, or `undefined` when the post serves neither an organization nor a
 *   state (there is nothing for the role to be a member of).
 */
export const post: Handle<'post'> = function (entity, state) {
  const what = `post \`${entity.name}\``
  let target: string
  if (entity.organization !== null) target = entity.organization
  else if (entity.country !== null) target = countryIri(state, entity.country, what)
  else return undefined
  const node: PostNode = {
    '@id': assertIri(entity.id, what),
    '@type': 'OrganizationRole',
    name: entity.name,
    roleName: entity.roleName,
    memberOf: ref(target, `the organization of ${what}`)
  }
  return node
}
