import {describe, expect, it} from 'vitest'
import {organization} from '../../src/lib/handlers/organization.js'
import {createState} from '../../src/lib/state.js'
import {base, corpus, ids} from '../fixtures/corpus.js'

const find = (id: string) => {
  const found = corpus.organizations.find((item) => item.id === id)
  if (!found) throw new Error(`Expected organization ${id}`)
  return found
}

describe('organization', () => {
  it('should export an organization with its names, bodies and the standing of its states', () => {
    expect(organization(find(ids.obs), createState(corpus))).toEqual({
      '@id': ids.obs,
      '@type': 'Organization',
      name: 'Organization of Boreal States',
      alternateName: ['Boreal States Organization', 'OBS'],
      subOrganization: [{'@id': ids.cfm}],
      member: [
        {'@type': 'OrganizationRole', roleName: 'member', startDate: '2015-06-01', member: {'@id': ids.ee}},
        {'@type': 'OrganizationRole', roleName: 'member', startDate: '2015-06-01', member: {'@id': ids.fi}},
        {'@type': 'OrganizationRole', roleName: 'observer', startDate: '2021-02-11', member: {'@id': `${base}country/is`}},
        {'@type': 'OrganizationRole', roleName: 'observer', startDate: '2015-06-01', endDate: '2017-09-20', member: {'@id': ids.lv}},
        {'@type': 'OrganizationRole', roleName: 'member', startDate: '2017-09-20', member: {'@id': ids.lv}}
      ]
    })
  })

  it('should add the `Country` node of a member the corpus lacks', () => {
    const state = createState(corpus)
    organization(find(ids.obs), state)
    expect([...state.minted.values()].map((minted) => minted.node)).toEqual([
      {'@id': `${base}country/is`, '@type': 'Country', name: 'Iceland', identifier: 'IS'}
    ])
  })

  it('should export a body with its parent and acronym', () => {
    expect(organization(find(ids.cfm), createState(corpus))).toEqual({
      '@id': ids.cfm,
      '@type': 'Organization',
      name: 'Council of Foreign Ministers of the Organization of Boreal States',
      alternateName: ['CFM', 'Council of Foreign Ministers'],
      parentOrganization: {'@id': ids.obs}
    })
  })

  it('should type governments and ministries as `GovernmentOrganization`', () => {
    expect(organization(find(ids.governmentLv), createState(corpus))).toEqual({
      '@id': ids.governmentLv,
      '@type': 'GovernmentOrganization',
      name: 'Government of the Republic of Latvia',
      alternateName: ['Latvian government']
    })
    expect(organization(find(ids.mfaEe), createState(corpus))['@type']).toBe('GovernmentOrganization')
    expect(organization({...find(ids.mfaEe), name: 'Ministry for Foreign Affairs of Finland'}, createState(corpus))['@type']).toBe('Organization')
  })

  it('should write one role per distinct standing, and `sameAs` when known', () => {
    const obs = find(ids.obs)
    const first = obs.members[0]
    if (!first) throw new Error('Expected a membership')
    const node = organization({...obs, members: [first, {...first}], sameAs: 'http://www.wikidata.org/entity/Q4115189'}, createState(corpus))
    expect(node.member).toEqual([{'@type': 'OrganizationRole', roleName: 'member', startDate: '2015-06-01', member: {'@id': ids.fi}}])
    expect(node.sameAs).toBe('http://www.wikidata.org/entity/Q4115189')
  })
})
