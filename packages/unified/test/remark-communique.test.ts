import type {Document} from '@communique/doctree'
import {parse} from '@communique/parser'
import {remarkCommunique} from '@communique/unified'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {fixture, messages} from './helpers.js'

const processor = unified().use(remarkParse).use(remarkCommunique)
const crlf = (value: string) => '\uFEFF' + value.replaceAll('\n', '\r\n')

describe('remarkCommunique', () => {
  it('should give the tree and the messages `parse` gives', async () => {
    const file = fixture('unclosed.md')
    const tree = await processor.run(processor.parse(file), file)
    const reference = fixture('unclosed.md')
    expect(tree).toEqual(parse(reference))
    expect(messages(file)).toEqual(messages(reference))
    expect(file.messages.length).toBe(1)
  })

  it('should give the tree `parse` gives for a clean statement, with no messages', async () => {
    const file = fixture('statement.md')
    const tree = await processor.run(processor.parse(file), file)
    expect(tree).toEqual(parse(fixture('statement.md')))
    expect(tree.kind).toBe('statement')
    expect(tree.date).toBe('2022-01-11')
    expect(file.messages).toEqual([])
  })

  it('should keep positions in the original text', async () => {
    const file = fixture('statement.md')
    const tree = await processor.run(processor.parse(file), file)
    const text = String(file.value)
    expect(tree.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 11, column: 1, offset: text.length}})
    expect(tree.children.map((node) => [node.type, node.position])).toEqual([
      ['heading', {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 70, offset: 69}}],
      ['preamble', {start: {line: 3, column: 1, offset: 71}, end: {line: 5, column: 38, offset: 163}}],
      ['operative', {start: {line: 7, column: 1, offset: 165}, end: {line: 8, column: 57, offset: 278}}],
      ['closing', {start: {line: 10, column: 1, offset: 280}, end: {line: 10, column: 37, offset: 316}}]
    ])
    const closing = tree.children[3]!
    expect(text.slice(closing.position!.start.offset, closing.position!.end.offset)).toBe('Done at Istanbul on 11 January 2022.')
    expect(text.indexOf('1. To hold')).toBe(165)
  })

  it('should give the tree `parse` gives w/ a byte order mark and CRLF line endings', async () => {
    const file = fixture('unclosed.md', crlf)
    const tree = await processor.run(processor.parse(file), file)
    const reference = fixture('unclosed.md', crlf)
    expect(tree).toEqual(parse(reference))
    expect(messages(file)).toEqual(messages(reference))
    // The BOM counts in offsets, not in columns; CRLF counts as two characters.
    expect(tree.children[0]!.position).toEqual({start: {line: 1, column: 1, offset: 1}, end: {line: 1, column: 70, offset: 70}})
  })

  it('should add the parser’s warning for an unclosed quotation mark', async () => {
    const file = fixture('unclosed.md')
    await processor.run(processor.parse(file), file)
    expect(messages(file)).toEqual([
      {
        name: 'unclosed.md:6:19-6:20',
        reason: 'Unclosed quotation mark `“`: the quotation runs to the end of the paragraph; add the closing mark',
        place: {start: {line: 6, column: 19, offset: 165}, end: {line: 6, column: 20, offset: 166}},
        ruleId: 'unclosed-quote',
        source: 'communique-parser',
        fatal: false
      }
    ])
    expect(String(file.value).charAt(165)).toBe('“')
  })

  it('should pass options to the parser', async () => {
    const configured = unified().use(remarkParse).use(remarkCommunique, {kind: 'speech', mentions: false})
    const file = fixture('statement.md')
    const tree = await configured.run(configured.parse(file), file)
    expect(tree).toEqual(parse(fixture('statement.md'), {kind: 'speech', mentions: false}))
    expect(tree.kind).toBe('speech')
    expect(tree.people).toEqual([])
  })

  it('should type the result of `run` as a document tree', async () => {
    const file = fixture('statement.md')
    const tree = await processor.run(processor.parse(file), file)
    expectTypeOf(tree).toEqualTypeOf<Document>()
  })
})
