import {EXIT, visit, type Document, type Nodes} from '@communique/doctree'
import {remarkCommunique, communiqueValidate} from '@communique/unified'
import {validate} from '@communique/validator'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {describe, expect, it} from 'vitest'
import {fixture, messages} from './helpers.js'

/** Break the tree the way a faulty plugin would: an unknown field on the title, a bad marker on the first clause. */
const corrupt: Plugin<[], Document> = function () {
  return function (tree) {
    visit(tree, (node: Nodes) => {
      if (node.type === 'heading') Object.assign(node, {colour: 'red'})
      if (node.type === 'clause') {
        Object.assign(node, {marker: 'roman'})
        return EXIT
      }
      return undefined
    })
  }
}

describe('communiqueValidate', () => {
  it('should add no message for a valid tree and pass the tree on', async () => {
    const processor = unified().use(remarkParse).use(remarkCommunique).use(communiqueValidate)
    const file = fixture('statement.md')
    const tree = await processor.run(processor.parse(file), file)
    expect(file.messages).toEqual([])
    const reference = fixture('statement.md')
    const plain = unified().use(remarkParse).use(remarkCommunique)
    expect(tree).toEqual(await plain.run(plain.parse(reference), reference))
  })

  it('should add exactly the validator’s messages, fatal and placed at the nodes, for a corrupted tree', async () => {
    let corrupted: Document | undefined
    const keep: Plugin<[], Document> = function () {
      return function (tree) {
        corrupted = tree
      }
    }
    const processor = unified().use(remarkParse).use(remarkCommunique).use(corrupt).use(keep).use(communiqueValidate)
    const file = fixture('statement.md')
    const tree = await processor.run(processor.parse(file), file)

    // The tree is passed on as it is: the same object, not repaired.
    expect(tree).toBe(corrupted)
    expect(messages(file)).toEqual([
      {
        name: 'statement.md:1:1-1:70',
        reason: 'Invalid `heading` node at `/children/0`: unknown property `colour`; remove it (extra information goes in `data`)',
        place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 70, offset: 69}},
        ruleId: 'schema-additionalProperties',
        source: 'communique-validator',
        fatal: true
      },
      {
        name: 'statement.md:7:1-7:57',
        reason: 'Invalid `clause` node at `/children/2/children/0/marker`: must be one of `number`, `bullet`, `none`',
        place: {start: {line: 7, column: 1, offset: 165}, end: {line: 7, column: 57, offset: 221}},
        ruleId: 'schema-enum',
        source: 'communique-validator',
        fatal: true
      }
    ])
    const clause = tree.children[2]!.type === 'operative' ? tree.children[2]!.children[0]! : undefined
    expect(file.messages[1]!.place).toEqual(clause?.position)

    // Exactly what the validator gives on its own.
    expect(messages(file)).toEqual(messages(validateAlone(tree)))
  })

  it('should not reject `process` for an invalid tree', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkCommunique)
      .use(corrupt)
      .use(communiqueValidate)
      .use(function () {
        this.compiler = () => 'compiled'
      })
    const file = await processor.process(fixture('statement.md'))
    expect(String(file)).toBe('compiled')
    expect(file.messages.map((message) => message.fatal)).toEqual([true, true])
  })
})

function validateAlone(tree: Document) {
  const file = fixture('statement.md')
  validate(structuredClone(tree), file)
  return file
}
