// Kinds of post, for telling people with the same name apart.
import {describe, expect, it} from 'vitest'
import {compatibleRoles, roleKeys} from '@communique/knowledge'

describe('roleKeys', () => {
  it('should give one kind to the ways of writing a post', () => {
    expect([...roleKeys('Foreign Minister')]).toEqual(['foreign-minister'])
    expect([...roleKeys('Minister of Foreign Affairs and Trade')]).toEqual(['foreign-minister'])
    expect([...roleKeys('Deputy Prime Minister and Minister of Foreign Affairs')]).toEqual(['deputy-prime-minister', 'foreign-minister'])
    expect([...roleKeys('premier')]).toEqual(['prime-minister'])
  })

  it('should tell the ranks of a secretariat apart', () => {
    expect([...roleKeys('Secretary-General')]).toEqual(['secretary-general'])
    expect([...roleKeys('Deputy Secretary General')]).toEqual(['deputy-secretary-general'])
    expect([...roleKeys('Under-Secretary-General for Political and Peacebuilding Affairs')]).toEqual(['under-secretary-general'])
    expect([...roleKeys('Assistant Secretary-General')]).toEqual(['assistant-secretary-general'])
    expect(compatibleRoles(roleKeys('Secretary-General'), roleKeys('Under-Secretary-General'))).toBe(false)
  })

  it('should keep other posts apart, and let the bare `minister` match any minister', () => {
    expect(compatibleRoles(roleKeys('President'), roleKeys('Vice President'))).toBe(false)
    expect(compatibleRoles(roleKeys('Minister'), roleKeys('Trade Minister'))).toBe(true)
    expect(compatibleRoles(roleKeys('President'), roleKeys('Major'))).toBe(false)
  })
})
