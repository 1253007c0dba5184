import {describe, expect, it} from 'vitest'
import {fold, slug} from '../src/fold.js'

// `fold` and `slug` remember their results in bounded caches: the answers must not depend on what
// was asked before, nor on the caches filling up and starting over.
describe('fold and slug', () => {
  it('give the same results before and after their caches fill and are cleared', () => {
    for (let round = 0; round < 2; round++) {
      for (let index = 0; index < 5000; index++) {
        expect(slug(`Ministère ${index} des Affaires`)).toBe(`ministere-${index}-des-affaires`)
        expect(fold(`Ministère  ${index} des Affaires`)).toBe(`ministere ${index} des affaires`)
      }
    }
    expect(slug('Jane DOE')).toBe('jane-doe')
    expect(slug('Jane DOE')).toBe('jane-doe')
    expect(fold('Şahinoğlu,  Oğuz')).toBe('sahinoglu oguz')
    expect(fold('Şahinoğlu,  Oğuz')).toBe('sahinoglu oguz')
    expect(fold('Jane Doe')).toBe('jane doe')
    expect(slug('!!!')).toBe('x')
  })
})
