import {describe, expect, expectTypeOf, it} from 'vitest'
import {EXIT, SKIP, document, isDocument, isNode, isParent, nodeTypes, text, toString, visit} from '@communique/doctree'
import type {Document, Nodes, Paragraph} from '@communique/doctree'

const tree: Document = {
  ...document('statement'),
  children: [
    {type: 'heading', role: 'title', children: [text('Joint '), {type: 'quote', open: '“', close: '”', continued: false, children: [text('Statement')]}]},
    {type: 'paragraph', children: [text('We agree.')]}
  ]
}

describe('builders and guards', () => {
  it('should build generated nodes without positions', () => {
    expect(document('news')).toEqual({type: 'document', kind: 'news', date: null, title: null, dateline: null, publisher: null, people: [], meeting: null, children: []})
    expect(text('x')).toEqual({type: 'text', value: 'x'})
  })

  it('should recognise nodes by type and narrow them', () => {
    const value: unknown = tree.children[1]
    expect(isNode(value, 'paragraph')).toBe(true)
    expect(isNode(value, 'heading')).toBe(false)
    expect(isNode({type: 'banner'})).toBe(false)
    expect(isNode(null)).toBe(false)
    expect(isDocument(tree)).toBe(true)
    expect(isParent(text('x'))).toBe(false)
    if (isNode(value, 'paragraph')) expectTypeOf(value).toEqualTypeOf<Paragraph>()
  })

  it('should list every node type of the schema', () => {
    expect(nodeTypes).toContain('document')
    expect(nodeTypes).toContain('citation')
    expect(new Set(nodeTypes).size).toBe(nodeTypes.length)
  })
})

describe('toString', () => {
  it('should concatenate the text of a tree in order', () => {
    expect(toString(tree)).toBe('Joint StatementWe agree.')
    expect(toString(tree.children)).toBe('Joint StatementWe agree.')
  })

  it('should read a parent’s children, not its data value (a date’s ISO value)', () => {
    const paragraph = {
      type: 'paragraph',
      children: [text('Met '), {type: 'date', value: '2022-01-11', precision: 'day', relative: false, children: [text('today')]}, text('.')]
    } as unknown as Nodes
    expect(toString(paragraph)).toBe('Met today.')
  })

  it('should not overflow the stack on deep trees', () => {
    let node: Nodes = text('deep')
    for (let index = 0; index < 100_000; index++) node = {type: 'quote', open: '“', close: '”', continued: false, children: [node]} as Nodes
    expect(toString(node)).toBe('deep')
  })
})

describe('visit', () => {
  it('should walk in preorder with ancestors, and honour SKIP and EXIT', () => {
    const seen: string[] = []
    visit(tree, (node, ancestors) => {
      seen.push(`${ancestors.length}:${node.type}`)
      if (node.type === 'quote') return SKIP
      if (node.type === 'paragraph') return EXIT
      return undefined
    })
    expect(seen).toEqual(['0:document', '1:heading', '2:text', '2:quote', '1:paragraph'])
  })
})
