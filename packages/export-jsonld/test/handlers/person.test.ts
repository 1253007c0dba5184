import {describe, expect, it} from 'vitest'
import {person} from '../../src/lib/handlers/person.js'
import {createState} from '../../src/lib/state.js'
import {base, corpus, ids} from '../fixtures/corpus.js'

const find = (id: string) => {
  const found = corpus.people.find((item) => item.id === id)
  if (!found) throw new Error(`Expected person ${id}`)
  return found
}

describe('person', () => {
  it('should export a person with spellings, honorific, Wikidata and one role per post', () => {
    expect(person(find(ids.kaariainen), createState(corpus))).toEqual({
      '@id': ids.kaariainen,
      '@type': 'Person',
      name: 'Aino Kääriäinen',
      alternateName: ['Aino Kaariainen', 'Kaariainen', 'Kääriäinen'],
      honorificPrefix: 'H.E.',
      jobTitle: 'Minister for Foreign Affairs of Finland',
      sameAs: 'http://www.wikidata.org/entity/Q4115189',
      memberOf: [
        {
          '@id': `${base}role/aino-kaariainen/chairperson-in-office`,
          '@type': 'OrganizationRole',
          name: 'Chairperson-in-Office of the Organization of Boreal States',
          roleName: 'Chairperson-in-Office',
          memberOf: {'@id': ids.obs}
        },
        {
          '@id': `${base}role/aino-kaariainen/minister-for-foreign-affairs`,
          '@type': 'OrganizationRole',
          name: 'Minister for Foreign Affairs of Finland',
          roleName: 'Minister for Foreign Affairs',
          memberOf: {'@id': ids.fi}
        }
      ]
    })
  })

  it('should leave out what is unknown (no honorific, no Wikidata id, no spellings)', () => {
    expect(person(find(ids.lehtonen), createState(corpus))).toEqual({
      '@id': ids.lehtonen,
      '@type': 'Person',
      name: 'Juhani Lehtonen',
      jobTitle: 'Chief Negotiator'
    })
  })

  it('should not repeat the name among the other spellings', () => {
    const changed = {...find(ids.tamm), alternateNames: ['Tamm', 'Kadri Tamm', 'Tamm']}
    expect(person(changed, createState(corpus)).alternateName).toEqual(['Tamm'])
  })

  it('should give no `jobTitle` and no `memberOf` to someone without posts', () => {
    const node = person({...find(ids.tamm), posts: []}, createState(corpus))
    expect('jobTitle' in node).toBe(false)
    expect('memberOf' in node).toBe(false)
  })
})
