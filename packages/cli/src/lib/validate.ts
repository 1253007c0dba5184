import {readFile} from 'node:fs/promises'
import type {Position} from '@communique/doctree'
import {validate} from '@communique/validator'
import {findNodeAtLocation, parseTree, type Node as JsonNode} from 'jsonc-parser'
import {VFile} from 'vfile'
import {collectFiles, problemFile} from './files.js'
import {readOne} from './run.js'

/** The outcome of validating one input. */
export interface ValidatedDocument {
  path: string
  file: VFile
}

/**
 * Validate Akoma Ntoso files against the official OASIS schema (offline) and check what the schema
 * cannot: every `#` reference resolves and every eId is unique.
 *
 * @param paths
 *   Files or folders (folders are read recursively for `*.xml`).
 * @returns
 *   One entry per file, with every message (errors placed at the schema's line and column).
 */
export async function validateAknFiles(paths: readonly string[]): Promise<ValidatedDocument[]> {
  const {checkReferences, validateAkn} = await import('@communique/export-akn')
  const {files, problems} = await collectFiles(paths, ['.xml'])
  const results: ValidatedDocument[] = []
  for (const problem of problems) results.push({path: problem.path, file: problemFile(problem)})
  for (const input of files) {
    const file = new VFile({path: input})
    const xml = await readFile(input, 'utf8')
    for (const error of await validateAkn(xml)) {
      const message = file.message(error.message, {place: {line: error.line, column: error.column}, ruleId: 'akn-schema', source: 'communique-export-akn'})
      message.fatal = true
    }
    for (const problem of checkReferences(xml)) {
      const message = file.message(problem, {place: {line: 1, column: 1}, ruleId: 'akn-references', source: 'communique-export-akn'})
      message.fatal = true
    }
    results.push({path: input, file})
  }
  return results
}

/**
 * Validate documents: text documents (`*.txt`, `*.md`) are parsed and their trees validated;
 * `*.json` files are validated as document trees (for example exported ones).
 *
 * @param paths
 *   Files or folders.
 * @returns
 *   One entry per input, with every message.
 */
export async function validateDocuments(paths: readonly string[]): Promise<ValidatedDocument[]> {
  const results: ValidatedDocument[] = []
  const jsonInputs = paths.filter((given) => given.toLowerCase().endsWith('.json'))
  const {files, problems} = await collectFiles(paths.filter((given) => !jsonInputs.includes(given)))
  for (const problem of problems) results.push({path: problem.path, file: problemFile(problem)})
  for (const input of files) {
    const {file} = await readOne(input)
    results.push({path: input, file})
  }
  for (const input of jsonInputs) {
    const file = new VFile({path: input})
    let tree: unknown
    let text = ''
    try {
      text = await readFile(input, 'utf8')
      tree = JSON.parse(text)
    } catch (error) {
      const message = file.message(`Cannot read JSON: ${error instanceof Error ? error.message : String(error)}`, {
        place: {line: 1, column: 1},
        ruleId: 'invalid-json',
        source: 'communique'
      })
      message.fatal = true
      results.push({path: input, file})
      continue
    }
    // Errors point into the JSON file itself, not into the text the tree was read from.
    const json = parseTree(text)
    validate(tree, file, {placeOf: (pointer) => (json ? jsonPlace(text, json, pointer) : null)})
    results.push({path: input, file})
  }
  return results
}

/**
 * The place in a JSON text of the value at a JSON Pointer (its nearest existing ancestor).
 *
 * @param text
 *   The JSON text.
 * @param root
 *   Its syntax tree (jsonc-parser).
 * @param pointer
 *   A JSON Pointer.
 * @returns
 *   The position of that value in the text.
 */
function jsonPlace(text: string, root: JsonNode, pointer: string): Position | null {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
  const path = segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
  let node: JsonNode | undefined
  for (let length = path.length; length >= 0 && !node; length--) node = findNodeAtLocation(root, path.slice(0, length))
  if (!node) return null
  // Point at the property (`"opener": …`) when the value is an object member.
  const start = node.parent?.type === 'property' ? node.parent.offset : node.offset
  return {start: point(text, start), end: point(text, node.offset + node.length)}
}

function point(text: string, offset: number): Position['start'] {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1, offset}
}
