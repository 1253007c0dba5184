import {parse} from '@communique/parser'
import {communiqueJson, remarkCommunique} from '@communique/unified'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {fixture, messages} from './helpers.js'

describe('communiqueJson', () => {
  it('should compile the tree to JSON w/ 2 spaces and a final line feed', async () => {
    const file = await unified().use(remarkParse).use(remarkCommunique).use(communiqueJson).process(fixture('unclosed.md'))
    const reference = fixture('unclosed.md')
    const tree = parse(reference)
    expect(String(file)).toBe(JSON.stringify(tree, null, 2) + '\n')
    expect(String(file).startsWith('{\n  "type": "document",\n  "kind": "statement",\n')).toBe(true)
    expect(JSON.parse(String(file))).toEqual(tree)
    expect(messages(file)).toEqual(messages(reference))
  })
})
