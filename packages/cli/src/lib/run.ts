import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'
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
  /**
   * The tree as written to `documents/<stem>.json` (compact JSON, or indented two spaces with
   * `indent`; a final line feed), or null.
   */
  json?: string | null | undefined
}

/**
 * Options of `readOne`: decoding limits, the knowledge to parse with, and whether the JSON of the
 * tree is indented.
 */
export type ReadOptions = DecodeOptions & {knowledge?: Readonly<Knowledge> | null; indent?: boolean | null}

/**
 * Read, decode, parse and validate one document. Never throws for bad input: problems are
 * messages on the returned file (fatal ones mean no tree).
 *
 * The file is read synchronously (one open, one `fstat`, one read): the work after it is CPU-bound,
 * and a batch reads faster this way than through the thread pool.
 *
 * @param path
 *   The document's path.
 * @param options
 *   Decoding options (optional).
 * @returns
 *   The result.
 */
export async function readOne(path: string, options?: Readonly<ReadOptions> | null): Promise<ReadResult> {
  return readOneSync(path, options)
}

/**
 * `readOne`, synchronously (what export workers run).
 *
 * @param path
 *   The document's path.
 * @param options
 *   Decoding options (optional).
 * @returns
 *   The result.
 */
export function readOneSync(path: string, options?: Readonly<ReadOptions> | null): ReadResult {
  const bytes = readBytes(path, options?.maxBytes ?? defaultMaxBytes)
  return bytes instanceof VFile ? {path, file: bytes, tree: null} : readFromBytes(path, bytes, options)
}

/**
 * `readOneSync` of bytes already read: decode, parse and validate them.
 *
 * @param path
 *   The document's path (for messages).
 * @param bytes
 *   Its bytes.
 * @param options
 *   Decoding options (optional).
 * @returns
 *   The result.
 */
export function readFromBytes(path: string, bytes: Uint8Array, options?: Readonly<ReadOptions> | null): ReadResult {
  const file = decode(bytes, path, options)
  if (hasFatal(file.messages)) return {path, file, tree: null}
  const tree = parse(file, options?.knowledge ? {knowledge: options.knowledge} : null)
  // The tree is plain data (no `undefined`, no non-finite numbers), so checking it is checking
  // its JSON.
  const problems = validate(tree, file)
  return problems.length > 0 ? {path, file, tree: null, json: null} : {path, file, tree, json: `${options?.indent ? JSON.stringify(tree, null, 2) : JSON.stringify(tree)}\n`}
}

/**
 * The bytes of a file, or a file with the fatal message that says why they cannot be had. A file
 * over the size limit is refused before it is read (memory stays bounded).
 *
 * @param path
 *   The path.
 * @param limit
 *   Largest size accepted, in bytes.
 * @returns
 *   The bytes, or a file with a fatal message.
 */
export function readBytes(path: string, limit: number): Uint8Array | VFile {
  let descriptor: number | null = null
  try {
    descriptor = openSync(path, 'r')
    const size = fstatSync(descriptor).size
    if (size > limit) {
      return fatal(path, `File is too large (${size} bytes, limit ${limit}): split it, or raise the limit with \`--max-bytes\``, rules.tooLarge, origin)
    }
    return readFileSync(descriptor)
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String((error as {code: unknown}).code) : String(error)
    return fatal(path, `Cannot read file: ${code === 'EACCES' ? 'permission denied' : code}`, 'unreadable-file', 'communique')
  } finally {
    if (descriptor !== null) closeSync(descriptor)
  }
}

/**
 * A file with one fatal message at its start.
 *
 * @param path
 *   The path.
 * @param reason
 *   The message.
 * @param ruleId
 *   Its rule.
 * @param source
 *   Its source.
 * @returns
 *   The file.
 */
function fatal(path: string, reason: string, ruleId: string, source: string): VFile {
  const file = new VFile({path})
  const message = file.message(reason, {place: {line: 1, column: 1}, ruleId, source})
  message.fatal = true
  return file
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
