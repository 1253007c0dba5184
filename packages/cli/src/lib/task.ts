import path from 'node:path'
import type {Document} from '@communique/doctree'
import {toAkn} from '@communique/export-akn'
import type {Knowledge} from '@communique/knowledge'
import type {DecodeOptions} from '@communique/parser'
import type {VFile} from 'vfile'
import {hasFatal, readOne} from './run.js'
import {writeAtomic} from './write.js'

/** One document to read, parse, validate and write as `documents/<stem>.json`. */
export interface ReadTask {
  path: string
  stem: string
  /** The output folder. */
  out: string
  /** Decoding limits. */
  decode: DecodeOptions
}

/** What reading one document gave. */
export interface ReadDone {
  file: VFile
  /** The tree, when the document is valid. */
  tree: Document | null
  /** The JSON file written, or null. */
  written: string | null
}

/** One tree to export as Akoma Ntoso. */
export interface AknTask {
  stem: string
  tree: Document
  out: string
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
 * Read one document and write its tree (`documents/<stem>.json`, atomically). The same code runs
 * in the main thread (`--jobs 1`) and in workers.
 *
 * @param task
 *   The document.
 * @param knowledge
 *   The knowledge to parse with.
 * @returns
 *   The file with its messages, the tree and what was written.
 */
export async function readTask(task: Readonly<ReadTask>, knowledge: Readonly<Knowledge>): Promise<ReadDone> {
  const read = await readOne(task.path, {...task.decode, knowledge})
  if (!read.tree || hasFatal(read.file.messages)) return {file: read.file, tree: null, written: null}
  const target = path.join(task.out, 'documents', `${task.stem}.json`)
  try {
    await writeAtomic(target, read.json ?? `${JSON.stringify(read.tree, null, 2)}\n`)
    return {file: read.file, tree: read.tree as Document, written: target}
  } catch (error) {
    const message = read.file.message(`Cannot write \`${target}\`: ${String(error)}`, {
      place: {line: 1, column: 1},
      ruleId: 'unwritable-output',
      source: 'communique'
    })
    message.fatal = true
    return {file: read.file, tree: null, written: null}
  }
}

/**
 * Export one tree as Akoma Ntoso (`akn/<stem>.xml`, atomically).
 *
 * @param task
 *   The tree and the people resolved across the run.
 * @param knowledge
 *   The knowledge.
 * @returns
 *   What was written, or why not.
 */
export async function aknTask(task: Readonly<AknTask>, knowledge: Readonly<Knowledge>): Promise<AknDone> {
  const target = path.join(task.out, 'akn', `${task.stem}.xml`)
  try {
    const xml = toAkn(task.tree, {
      stem: task.stem,
      people: task.people,
      knowledge,
      ...(task.markupDate ? {markupDate: task.markupDate} : {}),
      onWarning() {
        // The only warning is about characters XML does not allow, which the parser has
        // already reported with their places (`control-character`).
      }
    })
    await writeAtomic(target, xml)
    return {written: target, error: null}
  } catch (error) {
    return {written: null, error: error instanceof Error ? error.message : String(error)}
  }
}
