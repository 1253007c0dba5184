// The knowledge lookups of the exporter are indexed (a Map per knowledge object and per organization):
// they must find exactly what a search in the knowledge files' order finds.
import {fold, loadKnowledge, type BodyFact, type Knowledge, type OrganizationFact} from '@communique/knowledge'
import {describe, expect, it} from 'vitest'
import {bodyOfOfficial, findOrganization, organizationNamed} from '../src/lib/organizations.js'

function namesOf(organization: OrganizationFact): string[] {
  const names = [organization.name, ...organization.alternateNames]
  if (organization.acronym) names.push(organization.acronym)
  for (const former of organization.formerNames) names.push(former.name, ...(former.acronym ? [former.acronym] : []))
  return names
}

/** The search the index replaces: organizations in order, bodies in order, aliases in order. */
function searched(knowledge: Knowledge, name: string): {organization: string; body: string | undefined} | undefined {
  const wanted = fold(name)
  const named = (value: string) => knowledge.organizations.find((organization) => namesOf(organization).some((candidate) => fold(candidate) === fold(value)))
  const bodyNamed = (organization: OrganizationFact, bare: boolean): BodyFact | undefined =>
    (organization.bodies ?? []).find((body) =>
      [body.name, ...body.aliases, ...(body.acronym ? [body.acronym] : [])].some(
        (alias) =>
          (bare && fold(alias) === wanted) ||
          namesOf(organization).some((owner) => [`${alias} of the ${owner}`, `${alias} of ${owner}`, `${owner} ${alias}`].some((form) => fold(form) === wanted))
      )
    )
  const organization = wanted === '' ? undefined : named(name)
  if (organization) return {organization: organization.id, body: undefined}
  for (const candidate of knowledge.organizations) {
    const body = bodyNamed(candidate, false)
    if (body) return {organization: candidate.id, body: body.id}
  }
  return undefined
}

const knowledge = loadKnowledge()

/** Every name the knowledge files give, alone and combined, and some they do not. */
function probes(): string[] {
  const names = new Set<string>(['', 'Council', 'Secretariat', 'Lakeside Forum', 'the Council of the Nowhere Union'])
  for (const organization of knowledge.organizations) {
    for (const owner of namesOf(organization)) {
      names.add(owner)
      names.add(owner.toUpperCase())
      for (const body of organization.bodies ?? []) {
        for (const alias of [body.name, ...body.aliases, ...(body.acronym ? [body.acronym] : [])]) {
          names.add(alias)
          names.add(`${alias} of the ${owner}`)
          names.add(`${owner} ${alias}`)
          names.add(`${alias}  of   ${owner.toLowerCase()}`)
        }
      }
    }
  }
  return [...names]
}

describe('knowledge lookups', () => {
  it('should find what a search in order finds, for every name of the knowledge files', () => {
    const names = probes()
    expect(names.length).toBeGreaterThan(100)
    for (const name of names) {
      const found = findOrganization(knowledge, {name})
      expect(found ? {organization: found.organization.id, body: found.body?.id} : undefined, name).toEqual(searched(knowledge, name))
      expect(organizationNamed(knowledge, name)?.id, name).toBe(fold(name) === '' ? undefined : knowledge.organizations.find((organization) => namesOf(organization).some((candidate) => fold(candidate) === fold(name)))?.id)
    }
  })

  it('should find a body of a parent by its bare name, and the body of an official', () => {
    for (const organization of knowledge.organizations) {
      for (const body of organization.bodies ?? []) {
        expect(findOrganization(knowledge, {name: body.name, parent: organization.name})?.body?.id).toBe((organization.bodies ?? []).find((other) => [other.name, ...other.aliases, ...(other.acronym ? [other.acronym] : [])].some((alias) => fold(alias) === fold(body.name)))?.id)
        for (const official of body.officials ?? []) {
          expect(bodyOfOfficial(organization, official)?.id).toBe((organization.bodies ?? []).find((other) => (other.officials ?? []).some((candidate) => fold(candidate) === fold(official)))?.id)
        }
      }
    }
  })

  it('should not find an organization for a name nobody has', () => {
    expect(findOrganization(knowledge, {name: 'Assembly of the Unknown Union'})).toBeUndefined()
    expect(organizationNamed(knowledge, 'Unknown Union')).toBeUndefined()
    expect(organizationNamed(knowledge, '   ')).toBeUndefined()
  })
})
