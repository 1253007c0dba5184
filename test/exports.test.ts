// Pin each package's public API: an accidental change of exports fails here.
import {describe, expect, it} from 'vitest'

const expected: Record<string, string[]> = {
  '@communique/doctree': ['CONTINUE', 'EXIT', 'SKIP', 'document', 'isDocument', 'isNode', 'isParent', 'nodeTypes', 'text', 'toString', 'visit'],
  '@communique/parser': [
    'agencyName',
    'blocksFromMdast',
    'classify',
    'decode',
    'deepestNesting',
    'defaultMaxBytes',
    'defaultMaxNesting',
    'findDates',
    'findIssuer',
    'findQuotes',
    'findReporter',
    'firstInvalidUtf8',
    'fromMdast',
    'looksLikeName',
    'origin',
    'parse',
    'placeOfByte',
    'readAgencyLine',
    'readDateline',
    'readSignature',
    'readStamp',
    'recitalOpener',
    'rules'
  ],
  '@communique/validator': ['documentValidator', 'locate', 'origin', 'schemaId', 'validate'],
  '@communique/cli': [
    'collectFiles',
    'documentExtensions',
    'exitCodes',
    'exportDocuments',
    'formatMessage',
    'hasFatal',
    'main',
    'outline',
    'readOne',
    'safeStem',
    'stemOf',
    'validateAknFiles',
    'validateDocuments',
    'writeAtomic'
  ]
}

describe('package exports', () => {
  for (const [name, keys] of Object.entries(expected)) {
    it(`should expose exactly the pinned API of ${name} (named exports only)`, async () => {
      const module = (await import(name)) as Record<string, unknown>
      expect(Object.keys(module).sort()).toEqual(keys)
      expect('default' in module).toBe(false)
    })
  }
})
