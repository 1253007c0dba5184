import {readFile, stat} from 'node:fs/promises'
import type {Document} from '@communique/doctree'
import type {Knowledge} from '@communique/knowledge'
import {decode, defaultMaxBytes, origin, parse, rules, type DecodeOptions} from '@communique/parser'
import {validate} from '@communique/validator'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** One document read, parsed and validated. */
export interface ReadResult {
  /** The path as given. */
  path: string
  /** The file with every message. */
  file: VFile
  /** The tree, or null when the document could not be read or is invalid. */
  tree: Document | null
  /** The tree as written to `documents/<stem>.json` (2-space JSON, final newline), or null. */
  json?: string | null | undefined
}

/**
 * Read, decode, parse and validate one document. Never throws for bad input: problems are
 * messages on the returned file (fatal ones mean no tree).
 *
 * @param path
 *   The document's path.
 * @param options
 *   Decoding options (optional).
 * @returns
 *   The result.
 */
export async function readOne(path: string, options?: Readonly<DecodeOptions & {knowledge?: Readonly<Knowledge> | null}> | null): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    // Refuse a file over the size limit before reading it (memory stays bounded).
    const size = (await stat(path)).size
    const limit = options?.maxBytes ?? defaultMaxBytes
    if (size > limit) {
      const file = new VFile({path})
      const message = file.message(`File is too large (${size} bytes, limit ${limit}): split it, or raise the limit with \`--max-bytes\``, {
        place: {line: 1, column: 1},
        ruleId: rules.tooLarge,
        source: origin
      })
      message.fatal = true
      return {path, file, tree: null}
    }
    bytes = await readFile(path)
  } catch (error) {
    const file = new VFile({path})
    const code = error && typeof error === 'object' && 'code' in error ? String((error as {code: unknown}).code) : String(error)
    const message = file.message(`Cannot read file: ${code === 'EACCES' ? 'permission denied' : code}`, {
      place: {line: 1, column: 1},
      ruleId: 'unreadable-file',
      source: 'communique'
    })
    message.fatal = true
    return {path, file, tree: null}
  }
  const file = decode(bytes, path, options)
  if (hasFatal(file.messages)) return {path, file, tree: null}
  const tree = parse(file, options?.knowledge ? {knowledge: options.knowledge} : null)
  // Validate what is written: the tree as JSON, read back.
  const json = `${JSON.stringify(tree, null, 2)}\n`
  const problems = validate(JSON.parse(json) as unknown, file)
  return problems.length > 0 ? {path, file, tree: null, json: null} : {path, file, tree, json}
}

/**
 * Whether any message is an error.
 *
 * @param messages
 *   Messages.
 * @returns
 *   Whether one is fatal.
 */
export function hasFatal(messages: readonly VFileMessage[]): boolean {
  return messages.some((message) => message.fatal === true)
}
