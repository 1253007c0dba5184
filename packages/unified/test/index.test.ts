import {describe, expect, it} from 'vitest'

describe('@communique/unified', () => {
  it('should expose the public api, named exports only', async () => {
    expect(Object.keys(await import('@communique/unified')).sort()).toEqual([
      'communique',
      'communiqueAkn',
      'communiqueJson',
      'communiqueValidate',
      'origin',
      'remarkCommunique',
      'rules'
    ])
  })

  it('should expose the rule ids and the message source', async () => {
    const {origin, rules} = await import('@communique/unified')
    expect(origin).toBe('communique-unified')
    expect(rules).toEqual({aknRepair: 'akn-repair', aknFailed: 'akn-failed'})
  })
})
