// The docs are the tests: every "markdown → Yields" pair in the tree spec (packages/doctree/README.md)
// is parsed and compared, every standalone example node is validated against the schema, and every
// node type of the schema has its section.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {nodeTypes, type Nodes} from '@communique/doctree'
import {parse} from '@communique/parser'
import {validate} from '@communique/validator'

const readme = readFileSync(new URL('../packages/doctree/README.md', import.meta.url), 'utf8')
const blocks = [...readme.matchAll(/```(markdown|json)\n([\s\S]*?)```/g)].map((match) => ({lang: match[1]!, body: match[2]!}))

function first(tree: Nodes, type: string): Nodes | undefined {
  const queue: Nodes[] = [tree]
  while (queue.length > 0) {
    const node = queue.shift()!
    if (node.type === type) return node
    if ('children' in node) queue.push(...(node.children as Nodes[]))
  }
  return undefined
}

const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, child: unknown) => (key === 'position' ? undefined : child))) as unknown

describe('tree spec examples', () => {
  const pairs: Array<{input: string; yields: {type: string}}> = []
  const standalone: Array<{type: string}> = []
  blocks.forEach((block, index) => {
    if (block.lang !== 'json') return
    const yields = JSON.parse(block.body) as {type: string}
    const previous = blocks[index - 1]
    if (previous?.lang === 'markdown') pairs.push({input: previous.body, yields})
    else standalone.push(yields)
  })

  it('has examples', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(15)
    expect(standalone.length).toBeGreaterThanOrEqual(6)
  })

  for (const {input, yields} of pairs) {
    it(`should yield the documented \`${yields.type}\` for ${JSON.stringify(input.slice(0, 40))}`, () => {
      const tree = parse(new VFile({path: 'example.md', value: input}))
      expect(strip(first(tree, yields.type))).toEqual(yields)
    })
  }

  for (const node of standalone) {
    it(`should document a valid \`${node.type}\` node`, () => {
      const tree = {type: 'document', kind: 'news', date: null, title: null, dateline: null, publisher: null, people: [], meeting: null, children: [{type: 'paragraph', children: [node]}]}
      expect(validate(tree).map(String)).toEqual([])
    })
  }

  it('has a section for every node type of the schema', () => {
    const documented = new Set([...readme.matchAll(/^\s*type: '([a-z]+)'$/gm)].map((match) => match[1]))
    expect(readme).toContain('#### `PersonRecord`')
    expect(readme).toContain('#### `MeetingRecord`')
    expect(nodeTypes.filter((type) => !documented.has(type))).toEqual([])
  })
})
