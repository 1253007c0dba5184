import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {decode, parse} from '@communique/parser'
import {locate, validate} from '@communique/validator'

const source = '## Statement of the Council\n\nRecalling its decisions,\n\nThe Council has:\n\n1. Agreed.\n2. Decided.\n'
const fresh = () => {
  const file = decode(new TextEncoder().encode(source), 'doc.md')
  return {file, tree: JSON.parse(JSON.stringify(parse(file))) as any}
}
const lines = (file: VFile) => file.messages.map((message) => `${message.line}:${message.column}: ${message.reason} [${message.ruleId}]`)

describe('validate', () => {
  it('should accept a parsed tree', () => {
    const {file, tree} = fresh()
    expect(validate(tree, file)).toEqual([])
  })

  it('should place a bad value at its node’s line and column', () => {
    const {file, tree} = fresh()
    tree.children[1].children[0].opener = 5
    validate(tree, file)
    expect(lines(file)).toEqual([
      '3:1: Invalid `recital` node at `/children/1/children/0/opener`: must be string; fix the value [schema-type]'
    ])
  })

  it('should name an unknown node type and where it is', () => {
    const {file, tree} = fresh()
    tree.children[2].children[1].type = 'article'
    validate(tree, file)
    expect(lines(file)).toEqual([
      '8:1: Invalid `article` node at `/children/2/children/1/type`: must be `clause` [schema-const]'
    ])
  })

  it('should report a missing field, an extra field and a bad date, each at its node', () => {
    const {file, tree} = fresh()
    delete tree.children[2].children[0].num
    tree.children[0].colour = 'red'
    tree.date = '2022-13-01'
    validate(tree, file)
    expect(lines(file)).toEqual([
      '1:1: Invalid `document` node at `/date`: must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"; fix the value [schema-pattern]',
      '1:1: Invalid `document` node at `/date`: must be null; fix the value [schema-type]',
      '1:1: Invalid `heading` node at `/children/0`: unknown property `colour`; remove it (extra information goes in `data`) [schema-additionalProperties]',
      '7:1: Invalid `clause` node at `/children/2/children/0`: missing required property `num`; add it [schema-required]'
    ])
  })

  it('should fall back to the nearest positioned ancestor', () => {
    const {tree} = fresh()
    delete tree.children[2].children[0].position
    expect(locate(tree, '/children/2/children/0/num').place?.start.line).toBe(7)
    expect(locate(tree, '/children/2/children/0/num').node).toBe('clause')
  })

  it('should name an unknown block type in a discriminated content model', () => {
    const {file, tree} = fresh()
    tree.children[0].type = 'banner'
    validate(tree, file)
    expect(lines(file)).toEqual([
      '1:1: Invalid `banner` node at `/children/0`: unknown node type `banner`; use a node type from the tree spec [schema-discriminator]'
    ])
  })

  it('should check anything, not only trees', () => {
    const file = new VFile()
    validate('not a tree', file)
    expect(lines(file)).toEqual(['1:1: Invalid tree at `/`: must be object; fix the value [schema-type]'])
  })
})
