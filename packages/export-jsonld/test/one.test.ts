// Dispatch: one handler per entity kind, guarded by an own-property check.
import {describe, expect, it} from 'vitest'
import {all, handlers, one} from '../src/lib/one.js'
import {createState} from '../src/lib/state.js'
import {corpus, ids} from './fixtures/corpus.js'

describe('one', () => {
  const state = createState(corpus)

  it('should have one handler per entity kind', () => {
    expect(Object.keys(handlers).sort()).toEqual(['citation', 'country', 'document', 'meeting', 'organization', 'person', 'place', 'post', 'quotation'])
    expect(Object.isFrozen(handlers)).toBe(true)
  })

  it('should throw on an unknown entity kind', () => {
    // @ts-expect-error: not an entity kind.
    expect(() => one('widget', {}, state)).toThrow(new Error('Cannot export unknown entity `widget`'))
  })

  it('should not dispatch to inherited properties', () => {
    // @ts-expect-error: not an entity kind.
    expect(() => one('toString', {}, state)).toThrow(new Error('Cannot export unknown entity `toString`'))
    // @ts-expect-error: not an entity kind.
    expect(() => one('__proto__', {}, state)).toThrow(new Error('Cannot export unknown entity `__proto__`'))
  })

  it('should dispatch a known kind to its handler', () => {
    const country = corpus.countries.find((item) => item.code === 'EE')
    if (!country) throw new Error('Expected Estonia')
    expect(one('country', country, state)).toEqual({
      '@id': ids.ee,
      '@type': 'Country',
      name: 'Estonia',
      identifier: 'EE',
      sameAs: 'http://www.wikidata.org/entity/Q191'
    })
  })
})

describe('all', () => {
  const state = createState(corpus)

  it('should export in `@id` order, whatever the input order', () => {
    const nodes = all('country', [...corpus.countries].reverse(), state)
    expect(nodes.map((node) => node['@id'])).toEqual([ids.ee, ids.fi, ids.lv])
  })

  it('should leave out entities that give nothing (a post that serves nobody)', () => {
    const lehtonen = corpus.people.find((person) => person.id === ids.lehtonen)
    if (!lehtonen) throw new Error('Expected Lehtonen')
    expect(all('post', lehtonen.posts, state)).toEqual([])
  })
})
