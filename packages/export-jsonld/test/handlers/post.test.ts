import type {PostEntity} from '@communique/resolver'
import {describe, expect, it} from 'vitest'
import {post} from '../../src/lib/handlers/post.js'
import {createState} from '../../src/lib/state.js'
import {base, corpus, ids} from '../fixtures/corpus.js'

const minister: PostEntity = {
  id: `${base}role/kadri-tamm/minister-of-foreign-affairs`,
  name: 'Minister of Foreign Affairs of the Republic of Estonia',
  roleName: 'Minister of Foreign Affairs',
  country: 'EE',
  organization: ids.mfaEe,
  sources: []
}

describe('post', () => {
  it('should link a post to the organization it serves', () => {
    expect(post(minister, createState(corpus))).toEqual({
      '@id': minister.id,
      '@type': 'OrganizationRole',
      name: 'Minister of Foreign Affairs of the Republic of Estonia',
      roleName: 'Minister of Foreign Affairs',
      memberOf: {'@id': ids.mfaEe}
    })
  })

  it('should link a post that serves a state and no organization to the country', () => {
    expect(post({...minister, organization: null}, createState(corpus))).toMatchObject({memberOf: {'@id': ids.ee}})
  })

  it('should add a country the corpus lacks', () => {
    const state = createState(corpus)
    expect(post({...minister, organization: null, country: 'no'}, state)).toMatchObject({memberOf: {'@id': `${base}country/no`}})
    expect([...state.minted.values()].map((minted) => minted.node)).toEqual([
      {'@id': `${base}country/no`, '@type': 'Country', name: 'Norway', identifier: 'NO'}
    ])
  })

  it('should give nothing for a post that serves neither an organization nor a state', () => {
    expect(post({...minister, organization: null, country: null}, createState(corpus))).toBeUndefined()
  })
})
