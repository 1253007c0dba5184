import {describe, expect, it} from 'vitest'
import {createIds, slug} from '../src/lib/ids.js'

describe('slug', () => {
  it('should keep ASCII letters and digits, drop diacritics, and join the rest w/ one hyphen', () => {
    expect(slug('Élodie Brûlé')).toBe('elodie-brule')
    expect(slug('  org/A&B__c  ')).toBe('org-a-b-c')
    expect(slug('"><script>')).toBe('script')
    expect(slug('日本')).toBe('')
  })
})

describe('createIds', () => {
  const base = 'https://example.org/id/'

  it('should derive ids from the IRI path under the base', () => {
    const ids = createIds(base, [])
    expect(ids.add(`${base}person/jane-doe`, `${base}person/jane-doe`)).toBe('person-jane-doe')
    expect(ids.get(`${base}person/jane-doe`)).toBe('person-jane-doe')
    expect(ids.get(`${base}person/john-roe`)).toBeUndefined()
  })

  it('should keep ids unique, in the order keys come, and avoid reserved ids', () => {
    const ids = createIds(base, ['people'])
    expect(ids.add('a', `${base}org/a-b`)).toBe('org-a-b')
    expect(ids.add('b', `${base}org/a/b`)).toBe('org-a-b-2')
    expect(ids.add('c', `${base}org/a b`)).toBe('org-a-b-3')
    expect(ids.add('a', 'ignored')).toBe('org-a-b')
    expect(ids.add('d', `${base}people`)).toBe('people-2')
  })

  it('should start every id w/ a letter', () => {
    const ids = createIds(base, [])
    expect(ids.add('x', `${base}2022`)).toBe('id-2022')
    expect(ids.add('y', '日本')).toBe('entry')
    expect(ids.add('z', 'urn:x:"><b>')).toBe('urn-x-b')
  })
})
