// The per-document work of `exportDocuments`, the same in the main thread (`--jobs 1`) and in
// worker threads: plain data in, plain data out, files written synchronously and atomically.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Document} from '@communique/doctree'
import {toAkn} from '@communique/export-akn'
import type {Knowledge} from '@communique/knowledge'
import {defaultMaxBytes, type DecodeOptions} from '@communique/parser'
import {summarize, type DocumentSummary} from '@communique/resolver'
import {VFile} from 'vfile'
import {digest, type CacheEntry} from './cache.js'
import {fileFromData, fileToData} from './messages.js'
import {hasFatal, readBytes, readFromBytes} from './run.js'
import {writeAtomicSync} from './write.js'

/** One document to read, parse, validate and write as `documents/<stem>.json`. */
export interface ReadTask {
  path: string
  stem: string
  /** The output folder. */
  out: string
  /** Decoding limits. */
  decode: DecodeOptions
  /** Indent the JSON (two spaces per level) instead of writing it compact. */
  indent: boolean
  /** What the last export into the same folder recorded of this stem (`cache.ts`), or null. */
  cached: CacheEntry | null
}

/** What reading one document gave: its messages and what resolution needs of it (not the tree). */
export interface ReadDone {
  file: VFile
  /** What the resolver needs of the tree, when the document is valid. */
  summary: DocumentSummary | null
  /** The JSON file written, or null. */
  written: string | null
  /** What the cache is to record of the document, when it was written. */
  entry: CacheEntry | null
  /** Whether it was taken from the last export into the same folder instead of read again. */
  reused: boolean
}

/**
 * One document to export as Akoma Ntoso. Its tree was kept from the first pass (up to a budget), or
 * is read back from `documents/<stem>.json`, which the first pass wrote.
 */
export interface AknTask {
  stem: string
  out: string
  /** The people of the document as resolved across the run: local entity key → IRI and name. */
  people: Record<string, {id: string; name: string}>
  markupDate: string | null
}

/** What exporting one tree as Akoma Ntoso gave. */
export interface AknDone {
  /** The file written, or null. */
  written: string | null
  /** Why it failed, or null. */
  error: string | null
}

/**
 * Trees of statements and speeches kept from the first pass for the Akoma Ntoso pass, up to a
 * budget (bytes of heap, estimated from the length of their JSON: `heapPerCharacter`): what fits is
 * not read back from `documents/<stem>.json`. The budget bounds the memory; beyond it, trees are
 * read back.
 */
export class KeptTrees {
  readonly #trees = new Map<string, Document>()
  #left: number

  /**
   * @param budget
   *   Characters of JSON that the kept trees may add up to.
   */
  constructor(budget: number) {
    this.#left = budget
  }

  /**
   * Keep a tree, if it fits in what is left of the budget.
   *
   * @param stem
   *   The document's stem (one run's trees are kept together).
   * @param tree
   *   The tree.
   * @param size
   *   The bytes of heap it takes (estimated).
   */
  keep(stem: string, tree: Document, size: number): void {
    if (size > this.#left) return
    this.#left -= size
    this.#trees.set(stem, tree)
  }

  /**
   * Take a kept tree (it is let go).
   *
   * @param stem
   *   The document's stem.
   * @returns
   *   The tree, or undefined when it was not kept.
   */
  take(stem: string): Document | undefined {
    const tree = this.#trees.get(stem)
    this.#trees.delete(stem)
    return tree
  }
}

/**
 * Bytes of heap that a tree takes per character of its JSON, compact or indented (measured: the trees
 * of 2,000 synthetic documents take 88 MB of heap, and 57.5 MB of compact JSON or 148 MB indented).
 */
const heapPerCharacter = {compact: 1.5, indented: 0.6} as const

/**
 * Read one document, write its tree (`documents/<stem>.json`, atomically) and summarise it.
 *
 * @param task
 *   The document.
 * @param knowledge
 *   The knowledge to parse with.
 * @param kept
 *   Where to keep the tree of a statement or speech for the Akoma Ntoso pass (optional).
 * @returns
 *   The file with its messages, the summary and what was written.
 */
export function readTask(task: Readonly<ReadTask>, knowledge: Readonly<Knowledge>, kept?: KeptTrees | null): ReadDone {
  const bytes = readBytes(task.path, task.decode.maxBytes ?? defaultMaxBytes)
  if (bytes instanceof VFile) return notRead(bytes)
  const target = path.join(task.out, 'documents', `${task.stem}.json`)
  const input = digest(bytes)
  if (task.cached?.input === input) {
    const reused = reuse(task, target, task.cached, kept)
    if (reused) return reused
  }
  const read = readFromBytes(task.path, bytes, {...task.decode, knowledge, indent: task.indent})
  // The source text is not needed any more: keep the messages only.
  read.file.value = ''
  if (!read.tree || !read.json || hasFatal(read.file.messages)) return notRead(read.file)
  try {
    const json = Buffer.from(read.json, 'utf8')
    writeAtomicSync(target, json)
    keepTree(kept, task, read.tree, json)
    return {file: read.file, summary: summarize(read.tree), written: target, entry: {input, output: digest(json), messages: fileToData(read.file).messages}, reused: false}
  } catch (error) {
    const message = read.file.message(`Cannot write \`${target}\`: ${String(error)}`, {
      place: {line: 1, column: 1},
      ruleId: 'unwritable-output',
      source: 'communique'
    })
    message.fatal = true
    return notRead(read.file)
  }
}

/**
 * What reading a document gave when it gave no tree: its messages only.
 *
 * @param file
 *   The file with its messages (a fatal one among them).
 * @returns
 *   The result.
 */
export function notRead(file: VFile): ReadDone {
  return {file, summary: null, written: null, entry: null, reused: false}
}

/**
 * Keep the tree of a statement or speech for the Akoma Ntoso pass, within the budget, its heap
 * estimated from the length of its JSON.
 *
 * @param kept
 *   The kept trees (none with worker threads).
 * @param task
 *   The document.
 * @param tree
 *   Its tree.
 * @param json
 *   Its JSON, as written.
 */
function keepTree(kept: KeptTrees | null | undefined, task: Readonly<ReadTask>, tree: Document, json: Uint8Array): void {
  if (kept && tree.kind !== 'news') kept.keep(task.stem, tree, Math.ceil(json.length * heapPerCharacter[task.indent ? 'indented' : 'compact']))
}

/**
 * A document as the last export left it, when its `documents/<stem>.json` is still the file that
 * export wrote: its tree read back, its messages from the cache.
 *
 * @param task
 *   The document.
 * @param target
 *   Its `documents/<stem>.json`.
 * @param entry
 *   What the cache recorded of it (the input's bytes are known to be the same).
 * @param kept
 *   Where to keep the tree of a statement or speech for the Akoma Ntoso pass (optional).
 * @returns
 *   What reading it again would give, or null when the JSON file changed or is gone.
 */
function reuse(task: Readonly<ReadTask>, target: string, entry: CacheEntry, kept: KeptTrees | null | undefined): ReadDone | null {
  let json: Buffer
  let tree: Document
  try {
    json = readFileSync(target)
    if (digest(json) !== entry.output) return null
    tree = JSON.parse(json.toString('utf8')) as Document
  } catch {
    return null
  }
  keepTree(kept, task, tree, json)
  return {file: fileFromData({path: task.path, messages: entry.messages}), summary: summarize(tree), written: target, entry, reused: true}
}

/**
 * Export one tree as Akoma Ntoso (`akn/<stem>.xml`, atomically): the tree kept from the first pass,
 * or else read back from `documents/<stem>.json`.
 *
 * @param task
 *   The document and the people resolved across the run.
 * @param knowledge
 *   The knowledge.
 * @param kept
 *   Trees kept from the first pass (optional).
 * @returns
 *   What was written, or why not.
 */
export function aknTask(task: Readonly<AknTask>, knowledge: Readonly<Knowledge>, kept?: KeptTrees | null): AknDone {
  const source = path.join(task.out, 'documents', `${task.stem}.json`)
  const target = path.join(task.out, 'akn', `${task.stem}.xml`)
  let tree = kept?.take(task.stem)
  if (!tree) {
    try {
      tree = JSON.parse(readFileSync(source, 'utf8')) as Document
    } catch (error) {
      return {written: null, error: `cannot read the tree back from \`${source}\` (${error instanceof Error ? error.message : String(error)})`}
    }
  }
  try {
    const xml = toAkn(tree, {
      stem: task.stem,
      people: task.people,
      knowledge,
      ...(task.markupDate ? {markupDate: task.markupDate} : {}),
      onWarning() {
        // The only warning is about characters XML does not allow, which the parser has
        // already reported with their places (`control-character`).
      }
    })
    writeAtomicSync(target, xml)
    return {written: target, error: null}
  } catch (error) {
    return {written: null, error: error instanceof Error ? error.message : String(error)}
  }
}
