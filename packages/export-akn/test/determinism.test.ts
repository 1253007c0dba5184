// The same tree and options always give the same bytes.
import {toAkn} from '@communique/export-akn'
import {describe, expect, it} from 'vitest'
import {corpusDocuments, markupDate, peopleOf} from './helpers.js'

describe('determinism', () => {
  for (const {stem, tree} of corpusDocuments()) {
    if (tree.kind === 'news') continue
    it(`${stem}: should export byte-identical XML twice, and from a copy of the tree`, () => {
      const options = {stem, people: peopleOf(stem), markupDate}
      const first = toAkn(tree, options)
      expect(toAkn(tree, options)).toBe(first)
      expect(toAkn(structuredClone(tree), {...options, people: structuredClone(options.people)})).toBe(first)
    })
  }

  it('should change only the markup date when only the markup date changes', () => {
    const {stem, tree} = corpusDocuments().find((document) => document.stem === '002_587fe20fba9a8e01')!
    const a = toAkn(tree, {stem, markupDate: '2026-01-31'}).split('\n')
    const b = toAkn(tree, {stem, markupDate: '2027-02-28'}).split('\n')
    const changed = a.flatMap((line, index) => (line === b[index] ? [] : [[line.trim(), b[index]?.trim()]]))
    expect(changed).toEqual([['<FRBRdate date="2026-01-31" name="markup"/>', '<FRBRdate date="2027-02-28" name="markup"/>']])
  })

  it("should default the markup date to today's date", () => {
    const {stem, tree} = corpusDocuments().find((document) => document.stem === '002_587fe20fba9a8e01')!
    const today = new Date().toISOString().slice(0, 10)
    expect(toAkn(tree, {stem})).toContain(`<FRBRdate date="${today}" name="markup"/>`)
  })
})
