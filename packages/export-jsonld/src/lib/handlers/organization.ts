import type {GovernmentOrganizationLeaf, IdReference, OrganizationLeaf, OrganizationRoleLeaf} from 'schema-dts'
import {countryIri} from '../lookup.js'
import type {Handle} from '../types.js'
import {assertIri, compare, ref, refs, sortedUnique} from '../util.js'

/** Name openers of organizations typed `GovernmentOrganization`. */
const governmentPrefixes = ['Government of', 'Ministry of']

/** A state's standing in an organization (role pattern: `Organization → member → Role → member → Country`). */
type Membership = OrganizationRoleLeaf<IdReference, 'member'>

/**
 * Export an organization or one of its bodies: a `GovernmentOrganization` when its name starts
 * with `Government of` or `Ministry of`, else an `Organization`. `name`, `alternateName` (acronym
 * and other names, sorted), `sameAs` (Wikidata), `parentOrganization` → the organization it is a
 * body of, `subOrganization` → its bodies in the corpus, and `member` → one `OrganizationRole` per
 * state's standing (`roleName` = `member`, `observer`…, `startDate`, `endDate`, `member` → the
 * country: an expected-type warning in schema.org validators, not an error).
 *
 * @param entity
 *   Organization entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `Organization` or `GovernmentOrganization` node.
 */
export const organization: Handle<'organization'> = function (entity, state) {
  const what = `organization \`${entity.name}\``
  const id = assertIri(entity.id, what)
  const node: GovernmentOrganizationLeaf | OrganizationLeaf = governmentPrefixes.some((prefix) => entity.name.startsWith(prefix))
    ? {'@id': id, '@type': 'GovernmentOrganization', name: entity.name}
    : {'@id': id, '@type': 'Organization', name: entity.name}

  const alternateNames = sortedUnique([...(entity.acronym === null ? [] : [entity.acronym]), ...entity.alternateNames]).filter(
    (name) => name !== entity.name
  )
  if (alternateNames.length > 0) node.alternateName = alternateNames
  if (entity.sameAs !== null) node.sameAs = assertIri(entity.sameAs, `\`sameAs\` of ${what}`)
  if (entity.parent !== null) node.parentOrganization = ref(entity.parent, `the parent of ${what}`)

  const bodies = [...state.organizationsById.values()].filter((body) => body.parent === entity.id).map((body) => body.id)
  if (bodies.length > 0) node.subOrganization = refs(bodies, `a body of ${what}`)

  const members = entity.members
    .map((member) => {
      const country = ref(countryIri(state, member.country, what), `a member of ${what}`)
      const role: Membership = {
        '@type': 'OrganizationRole',
        roleName: member.status,
        startDate: member.since,
        ...(member.until === null ? {} : {endDate: member.until}),
        member: country
      }
      return {key: [country['@id'], member.since, member.status, member.until ?? ''].join('\u0000'), role}
    })
    .sort((a, b) => compare(a.key, b.key))
    .filter((entry, index, all) => index === 0 || all[index - 1]?.key !== entry.key)
    .map((entry) => entry.role)
  if (members.length > 0) node.member = members
  return node
}
