import type {Position} from '@communique/doctree'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {validate as generated} from './document-validator.js'

/** The `source` of every message the validator emits. */
export const origin = 'communique-validator'

/** The `$id` of the document schema. */
export const schemaId = 'https://communique.example.org/schemas/document.schema.json'

/** One schema error, as ajv reports it. */
export interface SchemaError {
  /** JSON Pointer to the value the error is about (`/children/0/type`). */
  instancePath: string
  /** JSON Pointer into the schema. */
  schemaPath: string
  /** The keyword that failed (`required`, `additionalProperties`, `discriminator`, …). */
  keyword: string
  /** The keyword's details (`{missingProperty: 'kind'}`). */
  params: Record<string, unknown>
  /** ajv's message. */
  message?: string | undefined
}

/** A validate function of the document schema: whether a value is a valid tree; `errors` says why not. */
export interface DocumentValidator {
  (value: unknown): boolean
  /** The errors of the last call, or null when it passed. */
  errors?: SchemaError[] | null | undefined
}

/**
 * The validator of the document schema. It is ajv's code for `schemas/document.schema.json`,
 * compiled ahead of time (`scripts/generate-validator.js`, ajv standalone code, every error
 * reported): nothing is compiled at run time, so a process or worker thread starts validating
 * at once.
 *
 * @returns
 *   The validate function.
 */
export function documentValidator(): DocumentValidator {
  return generated as DocumentValidator
}

/** Configuration of `validate`. */
export interface ValidateOptions {
  /**
   * Find the place to report for an error at a JSON Pointer into the tree (optional; default: the
   * source position of the deepest positioned node on the pointer). Use it when the tree was read
   * from a JSON file, to point into that file instead.
   */
  placeOf?: ((pointer: string) => Position | null | undefined) | null | undefined
}

/**
 * Validate a document tree against `schemas/document.schema.json`.
 *
 * Every schema error becomes a fatal vfile message placed at the source position of the node it
 * is about (ajv's `instancePath` is mapped back to the deepest node on that path that has a
 * position), with the rule id `schema-<keyword>`.
 *
 * @param tree
 *   A document tree (anything: the point is to check it).
 * @param file
 *   The vfile to add messages to (optional; a new one is made when missing).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The messages added (empty when the tree is valid).
 * @example
 *   validate(parse(file), file).length // => 0
 */
export function validate(tree: unknown, file?: VFile | null, options?: Readonly<ValidateOptions> | null): VFileMessage[] {
  const target = file ?? new VFile()
  const check = documentValidator()
  if (check(tree)) return []
  const messages: VFileMessage[] = []
  for (const error of simplify(check.errors ?? [])) {
    const located = locate(tree, error.instancePath)
    const node = located.node
    const place = options?.placeOf ? (options.placeOf(error.instancePath) ?? located.place) : located.place
    const what = node ? `\`${node}\` node` : 'tree'
    const at = error.instancePath || '/'
    const message = target.message(`Invalid ${what} at \`${at}\`: ${describe(error)}`, {
      place: place ?? {line: 1, column: 1},
      ruleId: `schema-${error.keyword}`,
      source: origin
    })
    message.fatal = true
    message.url = 'https://github.com/communique-toolkit/communique/blob/main/packages/doctree/README.md'
    messages.push(message)
  }
  return messages
}

/** Keep the most useful errors: drop those that only restate a failed `oneOf`/`if` of their children. */
function simplify(errors: readonly SchemaError[]): SchemaError[] {
  const seen = new Set<string>()
  const result: SchemaError[] = []
  for (const error of errors) {
    if (error.keyword === 'oneOf' && errors.some((other) => other !== error && other.instancePath.startsWith(error.instancePath))) continue
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push(error)
  }
  return result
}

function describe(error: SchemaError): string {
  const params = error.params
  switch (error.keyword) {
    case 'required':
      return `missing required property \`${String(params['missingProperty'])}\`; add it`
    case 'additionalProperties':
      return `unknown property \`${String(params['additionalProperty'])}\`; remove it (extra information goes in \`data\`)`
    case 'const':
      return `must be \`${String(params['allowedValue'])}\``
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map((value) => `\`${String(value)}\``).join(', ')}`
    case 'discriminator':
      return params['error'] === 'mapping'
        ? `unknown node type \`${String(params['tagValue'])}\`; use a node type from the tree spec`
        : `missing \`type\`; every node needs a \`type\``
    default:
      return `${error.message ?? 'is invalid'}; fix the value`
  }
}

/**
 * Find the node an instance path is about, and the closest source position on that path.
 *
 * @param tree
 *   The tree.
 * @param pointer
 *   A JSON Pointer (ajv's `instancePath`).
 * @returns
 *   The type of the deepest node on the path and the position of the deepest positioned one.
 */
export function locate(tree: unknown, pointer: string): {node: string | null; place: Position | null} {
  let current: unknown = tree
  let node: string | null = null
  let place: Position | null = null
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return
    const record = value as {type?: unknown; position?: unknown}
    if (typeof record.type === 'string') node = record.type
    if (isPosition(record.position)) place = record.position
  }
  visit(current)
  const segments = pointer === '' ? [] : pointer.slice(1).split('/')
  for (const raw of segments) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    if (typeof current !== 'object' || current === null) break
    current = (current as Record<string, unknown>)[segment]
    visit(current)
  }
  return {node, place}
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false
  const {start, end} = value as {start?: {line?: unknown; column?: unknown}; end?: {line?: unknown; column?: unknown}}
  return (
    typeof start?.line === 'number' &&
    typeof start.column === 'number' &&
    typeof end?.line === 'number' &&
    typeof end.column === 'number' &&
    start.line >= 1 &&
    start.column >= 1
  )
}
