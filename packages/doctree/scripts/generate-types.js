// Generate `src/types.ts` from `schemas/document.schema.json`.
//
// The JSON Schema is the single source of truth for the document tree; this script turns it into
// TypeScript types (interfaces with literal `type` discriminants, content-model registries in the
// style of `@types/mdast`). `test/types-drift.test.ts` runs `generateTypes` and fails when the
// committed `src/types.ts` differs.
//
// Usage: node packages/doctree/scripts/generate-types.js [--check]
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const schemaUrl = new URL('../../../schemas/document.schema.json', import.meta.url)
export const typesUrl = new URL('../src/types.ts', import.meta.url)

/**
 * Turn the document schema into TypeScript source.
 *
 * @param {any} schema
 *   The parsed JSON Schema (2020-12) of the tree.
 * @returns {string}
 *   TypeScript source for `src/types.ts`.
 */
export function generateTypes(schema) {
  const defs = schema.$defs
  const out = [
    '// Generated from schemas/document.schema.json by scripts/generate-types.js.',
    '// Do not edit by hand: edit the schema, then run `npm run generate`.',
    ''
  ]
  const nodeNames = []

  for (const [name, def] of Object.entries(defs)) {
    out.push(docComment(def.description, ''))
    if (def.oneOf && def.discriminator) {
      // A content model: a registry interface that others can augment, and the union from it.
      out.push(`export interface ${name}Map {`)
      for (const branch of def.oneOf) {
        const ref = refName(branch.$ref)
        out.push(`  ${defs[ref].properties.type.const}: ${ref}`)
      }
      out.push('}', '')
      out.push(docComment(def.description, ''))
      out.push(`export type ${name} = ${name}Map[keyof ${name}Map]`, '')
    } else if (def.type === 'object' && def.properties) {
      if (def.properties.type && 'const' in def.properties.type) nodeNames.push(name)
      out.push(`export interface ${name} {`)
      const required = new Set(def.required ?? [])
      for (const [key, prop] of Object.entries(def.properties)) {
        const comment = docComment(prop.description, '  ')
        if (comment) out.push(comment)
        out.push(`  ${key}${required.has(key) ? '' : '?'}: ${typeOf(prop)}`)
      }
      out.push('}', '')
    } else if (def.type === 'object') {
      out.push(`export interface ${name} {`, '  [key: string]: unknown', '}', '')
    } else {
      out.push(`export type ${name} = ${typeOf(def)}`, '')
    }
  }

  out.push('/** Every node type of the tree. */')
  out.push(`export type Nodes =\n${nodeNames.map((n) => `  | ${n}`).join('\n')}`, '')
  out.push('/** The `type` of every node. */')
  out.push("export type NodeType = Nodes['type']", '')
  out.push('/** Nodes that have children. */')
  out.push("export type Parents = Extract<Nodes, {children: unknown[]}>", '')
  out.push('/** Nodes that have a string value and no children. */')
  out.push("export type Literals = Extract<Nodes, {value: string}>", '')
  out.push('/** The node types, as a runtime list (in schema order). */')
  out.push(
    `export const nodeTypes = [${nodeNames.map((n) => `'${defs[n].properties.type.const}'`).join(', ')}] as const`,
    ''
  )
  return out.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n')
}

function refName(ref) {
  return ref.slice(ref.lastIndexOf('/') + 1)
}

function typeOf(prop) {
  if (prop.$ref) return refName(prop.$ref)
  if ('const' in prop) return JSON.stringify(prop.const).replaceAll('"', "'")
  if (prop.enum) return prop.enum.map((v) => JSON.stringify(v).replaceAll('"', "'")).join(' | ')
  if (prop.oneOf) return prop.oneOf.map(typeOf).join(' | ')
  if (Array.isArray(prop.type)) return prop.type.map((t) => typeOf({...prop, type: t})).join(' | ')
  switch (prop.type) {
    case 'string':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    case 'array': {
      const item = typeOf(prop.items)
      return item.includes(' ') ? `Array<${item}>` : `${item}[]`
    }
    default:
      throw new Error(`Cannot generate a type for schema ${JSON.stringify(prop)}`)
  }
}

function docComment(text, indent) {
  if (!text) return ''
  return `${indent}/**\n${text
    .split('\n')
    .map((line) => `${indent} * ${line}`.trimEnd())
    .join('\n')}\n${indent} */`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = generateTypes(JSON.parse(readFileSync(schemaUrl, 'utf8')))
  if (process.argv.includes('--check')) {
    const current = readFileSync(typesUrl, 'utf8')
    if (current !== source) {
      console.error('src/types.ts is out of date with schemas/document.schema.json: run `npm run generate`')
      process.exit(1)
    }
  } else {
    writeFileSync(typesUrl, source)
  }
}
