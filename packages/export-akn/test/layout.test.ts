// Where blocks go in a statement: found by the property tests (test/properties/regressions/).
import {document, text, type Document} from '@communique/doctree'
import {checkReferences, toAkn, validateAkn} from '@communique/export-akn'
import {describe, expect, it} from 'vitest'
import {markupDate, parseXml, select} from './helpers.js'

function clause(num: string, value: string) {
  return {type: 'operative', children: [{type: 'clause', marker: 'number', num, children: [{type: 'paragraph', children: [text(value)]}]}]}
}

describe('statement layout', () => {
  it('should keep a paragraph between two operative parts in mainBody, and validate', async () => {
    const tree = document('statement', [
      {type: 'heading', role: 'title', children: [text('Joint Statement')]},
      clause('1.', 'We agree.'),
      {type: 'paragraph', children: [text('The ministers also noted progress.')]},
      clause('2.', 'We meet again.'),
      {type: 'paragraph', children: [text('Done in Baku.')]}
    ] as Document['children'])
    const xml = toAkn(tree, {stem: 'between', markupDate})
    expect(await validateAkn(xml)).toEqual([])
    const root = parseXml(xml)
    const body = select(root, 'mainBody')[0]!
    expect([...body.childNodes].filter((node) => node.nodeType === 1).map((node) => (node as unknown as {tagName: string}).tagName)).toEqual(['paragraph', 'p', 'paragraph'])
    // What follows the last operative part closes the statement.
    expect(select(root, 'conclusions')).toHaveLength(1)
  })

  it('should accept U+FFFD REPLACEMENT CHARACTER, a legal XML character, in checkReferences', () => {
    const tree = document('statement', [{type: 'heading', role: 'title', children: [text('Joint Statement')]}, clause('1.', 'We agree \uFFFD.')] as Document['children'])
    expect(checkReferences(toAkn(tree, {stem: 'fffd', markupDate}))).toEqual([])
  })
})
