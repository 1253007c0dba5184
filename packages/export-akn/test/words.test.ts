// No word of the source is lost: the text of the export outside `meta` is the source, word for word.
import {bodyWords, firstWordDifference, words} from '@communique/export-akn'
import {describe, expect, it} from 'vitest'
import {corpusDocuments, exportOf, sourceOf} from './helpers.js'

describe('no words lost', () => {
  for (const {stem, tree} of corpusDocuments()) {
    if (tree.kind === 'news') continue
    it(`${stem}: should keep every word of the source, in order (title, numbers, boilerplate included)`, () => {
      expect(firstWordDifference(words(sourceOf(stem)), bodyWords(exportOf(stem)))).toBeUndefined()
    })
  }

  it('should notice a lost word', () => {
    const stem = '002_587fe20fba9a8e01'
    const xml = exportOf(stem).replace('brotherly ties', 'ties')
    expect(firstWordDifference(words(sourceOf(stem)), bodyWords(xml))).toMatchObject({expected: expect.stringMatching(/^brotherly ties/), actual: expect.stringMatching(/^ties/)})
  })

  it('should notice a lost number (`num` counts as text)', () => {
    const stem = '002_587fe20fba9a8e01'
    const xml = exportOf(stem).replace('<num>3.</num>', '<num/>')
    expect(firstWordDifference(words(sourceOf(stem)), bodyWords(xml))?.expected).toMatch(/^3 Underlined/)
  })

  it('should read words as runs of letters and digits, and leave out `meta`', () => {
    expect(words('## 1. It’s «Vision – 2040»')).toEqual(['1', 'It', 's', 'Vision', '2040'])
    expect(bodyWords('<a xmlns="x"><meta><b>hidden</b></meta><p>Kazakh<i>stan</i>’s</p><p>end</p></a>')).toEqual(['Kazakhstan', 's', 'end'])
  })
})
