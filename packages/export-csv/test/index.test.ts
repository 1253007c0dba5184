// The tests import `../src/index.js` rather than `@communique/export-csv`: under vitest 4 the root
// config's `resolve.conditions` does not reach the server (SSR) environment tests run in, so the
// package name resolves to `dist/` and the tests would check the last build, not the sources.
import {describe, expect, it} from 'vitest'

describe('@communique/export-csv', () => {
  it('should expose the public API (named exports only)', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'attendeeColumns',
      'attendeeRows',
      'attendeesMetadata',
      'listSeparator',
      'neutralizeCell',
      'restoreCell',
      'serializeMetadata',
      'toAttendeesCsv'
    ])
  })
})
