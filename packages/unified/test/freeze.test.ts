// A file of its own: `process` freezes a processor too, so this must run before anything processes with `communique`.
import {communique, remarkCommunique} from '@communique/unified'
import {describe, expect, it} from 'vitest'

describe('communique (frozen)', () => {
  it('should be frozen before it is used', () => {
    expect(() => communique.use(remarkCommunique)).toThrow('Cannot call `use` on a frozen processor')
  })
})
