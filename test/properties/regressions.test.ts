// Regression replays: every input in `regressions/*.txt` (minimal counterexamples the properties found, kept
// byte for byte) is run through every text property: (a) decode + parse do not throw, (b) the tree validates
// and survives JSON, (c) positions, (d) a BOM with CRLF and with CR gives the same tree, (e) the Akoma Ntoso
// export of the text read as it is classified and as a statement and a speech is well-formed, its references
// resolve and it validates against the XSD, (f) resolving the document alone gives valid JSON-LD and CSV. See `regressions/README.md` for what each input shows.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Kind} from '@communique/doctree'
import {validateAkn} from '@communique/export-akn'
import {checkLineEndings, checkParserDoesNotThrow, checkTextAkn, checkTextGivesValidTree, checkTextPositions, checkTextsResolve} from './checks.js'

const folder = new URL('regressions/', import.meta.url)
const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

describe('regressions', () => {
  it('has regression inputs', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  for (const name of names) {
    const text = readFileSync(new URL(name, folder), 'utf8')
    // `name.utf-16be.txt`: the text is read as a UTF-16BE file (with its BOM), which may hold NUL.
    const encoding = name.endsWith('.utf-16be.txt') ? 'utf-16be' : 'utf-8'
    describe(name, () => {
      it('(a) decode + parse do not throw', () => checkParserDoesNotThrow(text))
      it('(b) the tree validates and survives JSON', () => checkTextGivesValidTree(text))
      it('(c) positions', () => checkTextPositions(text, encoding))
      it('(d) a BOM and CRLF give the same tree', () => checkLineEndings(text, '\r\n'))
      it('(d) a BOM and CR give the same tree', () => checkLineEndings(text, '\r'))
      for (const kind of [null, 'statement', 'speech'] satisfies Array<Kind | null>) {
        it(`(e) Akoma Ntoso export (kind: ${kind ?? 'as classified'})`, async () => {
          const xml = checkTextAkn(text, encoding, kind)
          if (xml === null) return
          const errors = await validateAkn(xml)
          expect(errors.map((error) => `${error.line}:${error.column} ${error.message}`)).toEqual([])
        })
      }
      it('(f) resolve, JSON-LD and CSV', () => checkTextsResolve([text]))
    })
  }
})
