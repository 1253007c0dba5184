// Rewrite the "Yields" blocks of the tree spec from the parser's output (run on purpose, then review the diff).
import {readFileSync, writeFileSync} from 'node:fs'
import {VFile} from '../node_modules/vfile/index.js'
import {parse} from '../packages/parser/dist/index.js'
const file = new URL('../packages/doctree/README.md', import.meta.url)
const readme = readFileSync(file, 'utf8')
const strip = (value) => JSON.parse(JSON.stringify(value, (key, child) => (key === 'position' ? undefined : child)))
function first(tree, type) {
  const queue = [tree]
  while (queue.length > 0) {
    const node = queue.shift()
    if (node.type === type) return node
    if (node.children) queue.push(...node.children)
  }
}
const out = readme.replace(/```markdown\n([\s\S]*?)```(\s*\n(?:Yields[^\n]*\n\s*\n)?)```json\n([\s\S]*?)```/g, (all, input, between, json) => {
  const type = JSON.parse(json).type
  const node = strip(first(parse(new VFile({path: 'example.md', value: input})), type))
  const text = compact(node, 0)
  return '```markdown\n' + input + '```' + between + '```json\n' + text + '\n```'
})
writeFileSync(file, out)

function oneLine(value) {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`).join(', ')}}`
  return JSON.stringify(value)
}

function compact(value, indent) {
  const flat = oneLine(value)
  if (flat.length + indent <= 116 || typeof value !== 'object' || value === null) return flat
  const pad = ' '.repeat(indent + 2)
  if (Array.isArray(value)) return `[\n${value.map((item) => pad + compact(item, indent + 2)).join(',\n')}\n${' '.repeat(indent)}]`
  return `{\n${Object.entries(value).map(([key, item]) => `${pad}${JSON.stringify(key)}: ${compact(item, indent + 2)}`).join(',\n')}\n${' '.repeat(indent)}}`
}
