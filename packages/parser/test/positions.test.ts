// Positions: every node read from the text points at that text, in order, inside its parent;
// a BOM and CRLF line endings give the same tree with positions in the original text.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Document, Nodes} from '@communique/doctree'
import {VFile} from 'vfile'
import {decode, parse} from '@communique/parser'

const corpus = new URL('../../../corpus/', import.meta.url)
const fixtures = new URL('fixtures/', import.meta.url)
const inputs: Array<[string, string]> = [
  ...readdirSync(corpus).map((name): [string, string] => [name, String(decode(readFileSync(new URL(name, corpus)), name).value)]),
  ...readdirSync(fixtures).map((name): [string, string] => {
    const folder = new URL(`${name}/`, fixtures)
    const input = readdirSync(folder).find((file) => file.startsWith('input.'))!
    return [name, String(decode(readFileSync(new URL(input, folder)), input).value)]
  })
]

/** Check every positioned node against the text; returns problems as strings. */
function checkPositions(tree: Document, text: string): string[] {
  const problems: string[] = []
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n')) lineStarts.push(index + 1)
  }
  const bom = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  const stack: Array<{node: Nodes; parent: Nodes | null}> = [{node: tree, parent: null}]
  while (stack.length > 0) {
    const {node, parent} = stack.pop()!
    const position = node.position
    if (!position) {
      problems.push(`${node.type} has no position`)
      continue
    }
    const {start, end} = position
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) problems.push(`${node.type} offsets out of range`)
    for (const point of [start, end]) {
      const lineStart = lineStarts[point.line - 1]
      const expected = lineStart === undefined ? -1 : lineStart + point.column - 1 + (point.line === 1 ? bom : 0)
      if (expected !== point.offset) problems.push(`${node.type} ${point.line}:${point.column} does not match offset ${point.offset}`)
    }
    if (parent?.position && (start.offset < parent.position.start.offset || end.offset > parent.position.end.offset)) {
      problems.push(`${node.type} at ${start.offset}-${end.offset} is outside its ${parent.type}`)
    }
    // Line endings are read as LF (the tree spec's `Text`); positions point into the source as it is.
    if (node.type === 'text' && text.slice(start.offset, end.offset).replace(/\r\n?/g, '\n') !== node.value) {
      problems.push(`text ${JSON.stringify(node.value.slice(0, 30))} ≠ source ${JSON.stringify(text.slice(start.offset, end.offset).slice(0, 30))}`)
    }
    if ('children' in node) {
      let previous = start.offset
      for (const child of node.children as Nodes[]) {
        if (child.position && child.position.start.offset < previous) problems.push(`${child.type} starts before its previous sibling ends`)
        if (child.position) previous = child.position.end.offset
        stack.push({node: child, parent: node})
      }
    }
  }
  return problems
}

function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, child: unknown) => (key === 'position' ? undefined : child)))
}

describe('positions', () => {
  for (const [name, text] of inputs) {
    it(`should place every node of ${name} in its text`, () => {
      const tree = parse(new VFile({path: name, value: text}))
      expect(checkPositions(tree, text)).toEqual([])
      expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
    })

    it(`should read ${name} with a BOM and CRLF as without`, () => {
      const plain = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
      const variant = `\uFEFF${plain.replace(/\n/g, '\r\n')}`
      const a = parse(new VFile({path: name, value: plain}))
      const b = parse(new VFile({path: name, value: variant}))
      expect(checkPositions(b, variant)).toEqual([])
      // The same tree, values included: line endings are read as LF.
      expect(withoutPositions(b)).toEqual(withoutPositions(a))
    })
  }
})
