// The per-document work of `exportDocuments`, the same in the main thread (`--jobs 1`) and in
// worker threads: plain data in, plain data out, files written synchronously and atomically.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Document} from '@communique/doctree'
import {toAkn} from '@communique/export-akn'
import type {Knowledge} from '@communique/knowledge'
import type {DecodeOptions} from '@communique/parser'
import {summarize, type DocumentSummary} from '@communique/resolver'
import type {VFile} from 'vfile'
import {hasFatal, readOneSync} from './run.js'
import {writeAtomicSync} from './write.js'

/** One document to read, parse, validate and write as `documents/<stem>.json`. */
export interface ReadTask {
  path: string
  stem: string
  /** The output folder. */
  out: string
  /** Decoding limits. */
  decode: DecodeOptions
}

/** What reading one document gave: its messages and what resolution needs of it (not the tree). */
export interface ReadDone {
  file: VFile
  /** What the resolver needs of the tree, when the document is valid. */
  summary: DocumentSummary | null
  /** The JSON file written, or null. */
  written: string | null
}

/**
 * One document to export as Akoma Ntoso. Its tree is read back from `documents/<stem>.json`, which
 * the first pass wrote: the trees of a run are not kept in memory while it is resolved.
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
 * Read one document, write its tree (`documents/<stem>.json`, atomically) and summarise it.
 *
 * @param task
 *   The document.
 * @param knowledge
 *   The knowledge to parse with.
 * @returns
 *   The file with its messages, the summary and what was written.
 */
export function readTask(task: Readonly<ReadTask>, knowledge: Readonly<Knowledge>): ReadDone {
  const read = readOneSync(task.path, {...task.decode, knowledge})
  // The source text is not needed any more: keep the messages only.
  read.file.value = ''
  if (!read.tree || !read.json || hasFatal(read.file.messages)) return {file: read.file, summary: null, written: null}
  const target = path.join(task.out, 'documents', `${task.stem}.json`)
  try {
    writeAtomicSync(target, read.json)
    return {file: read.file, summary: summarize(read.tree), written: target}
  } catch (error) {
    const message = read.file.message(`Cannot write \`${target}\`: ${String(error)}`, {
      place: {line: 1, column: 1},
      ruleId: 'unwritable-output',
      source: 'communique'
    })
    message.fatal = true
    return {file: read.file, summary: null, written: null}
  }
}

/**
 * Export one tree as Akoma Ntoso (`akn/<stem>.xml`, atomically), reading the tree back from
 * `documents/<stem>.json`.
 *
 * @param task
 *   The document and the people resolved across the run.
 * @param knowledge
 *   The knowledge.
 * @returns
 *   What was written, or why not.
 */
export function aknTask(task: Readonly<AknTask>, knowledge: Readonly<Knowledge>): AknDone {
  const source = path.join(task.out, 'documents', `${task.stem}.json`)
  const target = path.join(task.out, 'akn', `${task.stem}.xml`)
  let tree: Document
  try {
    tree = JSON.parse(readFileSync(source, 'utf8')) as Document
  } catch (error) {
    return {written: null, error: `cannot read the tree back from \`${source}\` (${error instanceof Error ? error.message : String(error)})`}
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
