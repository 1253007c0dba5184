import {readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {serializeMetadata, toAttendeesCsv} from '@communique/export-csv'
import {emptyKnowledge, loadKnowledge} from '@communique/knowledge'
import type {DecodeOptions} from '@communique/parser'
import {resolve, type Corpus, type InputDocument} from '@communique/resolver'
import {fingerprint, readCache, writeCache, type CacheEntry} from './cache.js'
import {collectFiles, planStems, problemFile} from './files.js'
import {inOrder} from './in-order.js'
import {fileFromData, type FileData} from './messages.js'
import {aknTask, KeptTrees, notRead, readTask, type AknDone, type AknTask, type ReadDone, type ReadTask} from './task.js'
import {writeAtomic} from './write.js'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Configuration of `exportDocuments`. */
export interface ExportOptions extends DecodeOptions {
  /** Output folder (optional, default: `'out'`). */
  out?: string | null | undefined
  /** Base IRI of every `@id` (optional, default: `https://example.org/communique/id/`). */
  base?: string | null | undefined
  /** Start `attendees.csv` with a UTF-8 BOM for spreadsheets (optional, default: `false`). */
  bom?: boolean | null | undefined
  /** Read the knowledge files (optional, default: `true`); `false` works from the text alone. */
  knowledge?: boolean | null | undefined
  /**
   * Indent `documents/<stem>.json` two spaces per level, for reading (optional, default: `false`:
   * compact JSON, 40 % of the bytes, and faster to write and to read back).
   */
  indent?: boolean | null | undefined
  /** Date written as the Akoma Ntoso manifestation's markup date (optional, default: today). */
  markupDate?: string | null | undefined
  /**
   * Worker threads that read, parse and export documents, at most (optional, default: 1, in this
   * thread). Small runs use fewer (one per 16 documents): a thread costs its start-up. The output is
   * byte-identical for any number.
   */
  jobs?: number | null | undefined
  /**
   * Largest heap, in MB, that the work on one document may use (optional, default: none beyond
   * Node's own). Documents are then processed in worker threads (also with `jobs: 1`), each with this
   * limit: a document that needs more fails alone, with a message, and the run goes on. A document
   * needs about 150 times its size at its peak (remark-parse's events, the tree, its JSON).
   */
  maxMemory?: number | null | undefined
  /**
   * Memory for the trees of statements and speeches kept from the first pass for Akoma Ntoso, in MB
   * of heap, estimated from the length of their JSON (optional, default: 16), when documents run in
   * this thread (one job, no `maxMemory`). A tree that does not fit is read back from its
   * `documents/<stem>.json`, as every tree is with worker threads; `0` reads every tree back. The
   * output is the same either way.
   */
  keepTrees?: number | null | undefined
  /**
   * Documents larger than this, in bytes, run in a worker thread of their own when documents
   * otherwise run in this thread (optional, default: 4 MiB): one too large for the heap fails alone,
   * with a message, instead of ending the run. The output is the same either way.
   */
  isolateBytes?: number | null | undefined
  /**
   * Read every document again (optional, default: `false`). By default, a document whose bytes are
   * those the last export into the same folder read, whose `documents/<stem>.json` is still the file
   * it wrote, and which the same toolkit build read with the same data and options, is taken from
   * that export (its tree read back, its messages from `<out>/.communique-cache.json`) instead of
   * being parsed again. Everything after reading runs over every document either way, so the outputs
   * are the same.
   */
  fresh?: boolean | null | undefined
  /** Called with each document's result as soon as it is done (optional). */
  onDocument?: ((result: ExportedDocument) => void) | null | undefined
  /** Called as documents are done: the phase (`reading`, `akn`), how many are done, of how many (optional). */
  onProgress?: ((phase: string, done: number, total: number) => void) | null | undefined
  /** Called with a message added to a document after it was reported (Akoma Ntoso export) (optional). */
  onMessage?: ((result: ExportedDocument, message: VFileMessage) => void) | null | undefined
}

/** The outcome for one input. */
export interface ExportedDocument {
  /** The input path. */
  path: string
  /** The output stem. */
  stem: string
  /** The file with all its messages. */
  file: VFile
  /**
   * Paths of this document's outputs (empty when it failed); a file that already held its bytes is
   * left as it was, and listed.
   */
  written: string[]
  /** Whether it was taken from the last export into the same folder instead of read again (`fresh`). */
  reused: boolean
}

/** The outcome of a run. */
export interface ExportReport {
  documents: ExportedDocument[]
  /** Number of inputs that produced no output (or problems with the paths themselves). */
  failed: number
  /** Stale outputs removed (from documents no longer in the run). */
  removed: string[]
  /** The resolved corpus of the documents that were read. */
  corpus: Corpus
  /** Corpus-level files written (`entities.jsonld`, `attendees.csv`, …). */
  written: string[]
}

/**
 * Remove the outputs in a folder that this run did not write (documents no longer given), and
 * temporary files left by interrupted runs.
 *
 * @param folder
 *   An output folder (`documents/`, `akn/`).
 * @param extension
 *   The extension of its outputs.
 * @param keep
 *   Absolute paths written by this run.
 * @returns
 *   The paths removed.
 */
async function removeStale(folder: string, extension: string, keep: ReadonlySet<string>): Promise<string[]> {
  let names: string[] = []
  try {
    names = await readdir(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const full = path.join(folder, name)
    if ((name.endsWith(extension) && !keep.has(path.resolve(full))) || (name.startsWith('.') && name.endsWith('.tmp'))) {
      await rm(full, {force: true})
      removed.push(full)
    }
  }
  return removed
}

/**
 * Export documents: read each, build and validate its tree, and write `documents/<stem>.json`
 * (atomically) in the output folder; resolve the run; write Akoma Ntoso for statements and speeches,
 * `entities.jsonld`, `attendees.csv` and its CSVW description. A bad document never costs another
 * its output. Outputs that this run did not write are removed, so the folders mirror the run.
 *
 * Memory is bounded by the entities, not the text: documents are read, processed and written one at
 * a time, and only their summaries (what resolution needs) are kept. Akoma Ntoso, which needs the
 * people resolved across the run, takes the trees kept for it within a fixed budget (`keepTrees`)
 * and reads the others back from their `documents/<stem>.json`.
 *
 * @param paths
 *   Files or folders (folders are read recursively for `*.txt` and `*.md`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   What happened to each input.
 */
export async function exportDocuments(paths: readonly string[], options?: Readonly<ExportOptions> | null): Promise<ExportReport> {
  const out = options?.out ?? 'out'
  const documentsFolder = path.join(out, 'documents')
  const knowledge = options?.knowledge === false ? emptyKnowledge : loadKnowledge()
  const summaries: InputDocument[] = []
  const {files, sizes, problems} = await collectFiles(paths)
  const documents: ExportedDocument[] = []
  let failed = 0
  for (const problem of problems) {
    const result = {path: problem.path, stem: '', file: problemFile(problem), written: [], reused: false}
    documents.push(result)
    options?.onDocument?.(result)
    failed++
  }

  const maxMemory = options?.maxMemory ? Math.max(16, Math.floor(options.maxMemory)) : null
  const jobs = Math.max(1, Math.min(Math.floor(options?.jobs ?? 1), Math.ceil(files.length / documentsPerWorker)))
  // A memory limit needs the isolation of a worker, even for one job.
  const workers = jobs > 1 || (maxMemory !== null && files.length > 0) ? await startWorkers(jobs, maxMemory) : null
  const knowledgeOn = options?.knowledge !== false
  const decodeOptions: DecodeOptions = {
    ...(options?.maxBytes ? {maxBytes: options.maxBytes} : {}),
    ...(options?.maxNesting ? {maxNesting: options.maxNesting} : {})
  }
  // What the last export into this folder can give this one (nothing with `fresh`), and what this
  // one records for the next.
  const current = fingerprint({indent: options?.indent === true, knowledge: knowledgeOn, decode: decodeOptions})
  const cache = options?.fresh ? new Map<string, CacheEntry>() : readCache(out, current)
  const entries = new Map<string, CacheEntry>()
  // A worker that dies on a document (out of memory) costs that document only: its task fails with
  // a message, and the pool starts another thread for the rest.
  const readIn = async (pool: Workers, task: ReadTask): Promise<ReadDone> => {
    try {
      const done = (await pool.run({...task, knowledge: knowledgeOn}, {name: 'read'})) as Omit<ReadDone, 'file'> & {file: FileData}
      return {...done, file: fileFromData(done.file)}
    } catch (error) {
      return notRead(failedFile(task.path, error, maxMemory))
    }
  }
  const aknIn = async (pool: Workers, task: AknTask): Promise<AknDone> => {
    try {
      return (await pool.run({...task, knowledge: knowledgeOn}, {name: 'akn'})) as AknDone
    } catch (error) {
      return {written: null, error: workerFailure(error, maxMemory)}
    }
  }
  // Trees kept for the Akoma Ntoso pass, in this thread (bytes of heap, estimated).
  // Worker threads keep none: the pass-two task of a tree may go to another thread.
  const kept = workers ? null : new KeptTrees(Math.max(0, options?.keepTrees ?? defaultKeepTrees) * 1024 * 1024)
  // In this thread, a large document runs in a worker thread of its own (started when first needed):
  // one too large for the heap then fails alone instead of ending the run.
  const isolateBytes = Math.max(0, options?.isolateBytes ?? defaultIsolateBytes)
  let isolated: Workers | null = null
  const isolatedStems = new Set<string>()
  const read = workers
    ? async (task: ReadTask) => readIn(workers, task)
    : async (task: ReadTask): Promise<ReadDone> => {
        if ((sizes.get(task.path) ?? 0) <= isolateBytes) return readTask(task, knowledge, kept)
        isolated ??= await startWorkers(1, null)
        isolatedStems.add(task.stem)
        return readIn(isolated, task)
      }
  const akn = workers
    ? async (task: AknTask) => aknIn(workers, task)
    : async (task: AknTask) => (isolated && isolatedStems.has(task.stem) ? aknIn(isolated, task) : aknTask(task, knowledge, kept))
  // With workers, a few tasks per thread are queued ahead; results are taken in input order, so the
  // output does not depend on which finishes first, and memory holds only what is queued.
  const ahead = workers ? jobs * 4 : 1

  try {
    // Stems are decided here, in input order.
    const planned = planStems(files)
    const written = new Set<string>()
    const formal: string[] = []
    await inOrder(
      planned,
      ahead,
      ({input, stem, previous}) =>
        previous === null ? read({path: input, stem, out, decode: decodeOptions, indent: options?.indent === true, cached: cache.get(stem) ?? null}) : Promise.resolve(null),
      ({input, stem, previous}, done, index) => {
        const result: ExportedDocument = {path: input, stem, file: done?.file ?? new VFile({path: input}), written: [], reused: done?.reused === true}
        if (previous !== null) {
          const message = result.file.message(
            `Another input (\`${previous}\`) has the same stem \`${stem}\`, so both would write \`documents/${stem}.json\`; rename one of them`,
            {place: {line: 1, column: 1}, ruleId: 'duplicate-stem', source: 'communique'}
          )
          message.fatal = true
        } else if (done?.summary && done.written) {
          summaries.push({stem, file: path.basename(input), tree: done.summary})
          if (done.summary.kind !== 'news') formal.push(stem)
          result.written.push(done.written)
          written.add(path.resolve(done.written))
          if (done.entry) entries.set(stem, done.entry)
        }
        if (result.written.length === 0) failed++
        documents.push(result)
        options?.onDocument?.(result)
        options?.onProgress?.('reading', index + 1, files.length)
      }
    )

    // Remove outputs of documents that are no longer in the run (and leftovers of killed runs).
    const removed = await removeStale(documentsFolder, '.json', written)
    // The run as a whole: people, meetings and attendees across documents.
    const corpus = resolve(summaries, {base: options?.base ?? null, knowledge})
    summaries.length = 0

    // Akoma Ntoso for statements and speeches, with the people resolved across the run.
    const aknFolder = path.join(out, 'akn')
    const aknWritten = new Set<string>()
    const byStem = new Map(documents.map((document) => [document.stem, document]))
    const personById = new Map(corpus.people.map((person) => [person.id, person]))
    await inOrder(
      formal,
      ahead,
      (stem) => {
        const people: Record<string, {id: string; name: string}> = {}
        for (const [local, id] of Object.entries(corpus.personIndex[stem] ?? {})) {
          const person = personById.get(id)
          if (person) people[local] = {id, name: person.name}
        }
        return akn({stem, out, people, markupDate: options?.markupDate ?? null})
      },
      (stem, done, index) => {
        options?.onProgress?.('akn', index, formal.length)
        const result = byStem.get(stem)!
        if (done.written) {
          result.written.push(done.written)
          aknWritten.add(path.resolve(done.written))
        } else {
          const message = result.file.message(`Cannot export Akoma Ntoso: ${done.error ?? 'unknown error'}`, {
            place: {line: 1, column: 1},
            ruleId: 'akn-export',
            source: 'communique-export-akn'
          })
          message.fatal = true
          options?.onMessage?.(result, message)
          failed++
        }
      }
    )
    options?.onProgress?.('akn', formal.length, formal.length)
    removed.push(...(await removeStale(aknFolder, '.xml', aknWritten)))
    const runFiles: string[] = []
    const write = async (name: string, content: string) => {
      const target = path.join(out, name)
      await writeAtomic(target, content)
      runFiles.push(target)
    }
    const {serializeJsonLd} = await import('@communique/export-jsonld')
    await write('entities.jsonld', serializeJsonLd(corpus))
    await write('attendees.csv', toAttendeesCsv(corpus, {bom: options?.bom === true}))
    await write('attendees.csv-metadata.json', serializeMetadata({url: 'attendees.csv'}))
    // Last: a run that stops before this leaves the previous cache, whose hashes then no longer
    // match what this run wrote.
    await writeCache(out, current, entries)
    return {documents, failed, removed, corpus, written: runFiles}
  } finally {
    await workers?.destroy()
    await (isolated as Workers | null)?.destroy()
  }
}


/**
 * Why a worker failed on a document, in words.
 *
 * @param error
 *   What the pool rejected the task with.
 * @param maxMemory
 *   The heap limit of a worker (MB), or null.
 * @returns
 *   The reason.
 */
function workerFailure(error: unknown, maxMemory: number | null): string {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return maxMemory === null
      ? 'it needs more memory than a worker thread may use by default; allow more with `--max-memory`, or split the document'
      : `it needs more than the ${maxMemory} MB a document may use (\`--max-memory\`); raise the limit, or split the document`
  }
  return `the worker thread failed (${error instanceof Error ? error.message : String(error)})`
}

/**
 * The file of a document whose worker failed: one fatal message at its start.
 *
 * @param input
 *   The document's path.
 * @param error
 *   What the pool rejected the task with.
 * @param maxMemory
 *   The heap limit of a worker (MB), or null.
 * @returns
 *   The file.
 */
function failedFile(input: string, error: unknown, maxMemory: number | null): VFile {
  const file = new VFile({path: input})
  const message = file.message(`Cannot process the document: ${workerFailure(error, maxMemory)}`, {
    place: {line: 1, column: 1},
    ruleId: 'worker-failed',
    source: 'communique'
  })
  message.fatal = true
  return file
}

/** Documents larger than this (bytes) run in a worker thread even with one job, by default. */
const defaultIsolateBytes = 4 * 1024 * 1024

/**
 * MB of heap for the trees kept for the Akoma Ntoso pass, by default. V8 lets the heap grow to about
 * 3.5 times what is live before it collects: 16 MB of trees add about 60 MB to the peak RSS (20,000
 * documents: 899 MB with 16, 991 MB with 40, 820 MB with none).
 */
const defaultKeepTrees = 16

/** Fewest documents that make a worker thread worth its start-up. */
const documentsPerWorker = 16

/** A pool of worker threads. */
interface Workers {
  run(task: unknown, options: {name: string}): Promise<unknown>
  destroy(): Promise<void>
}

/**
 * Start the worker threads (piscina), loaded only when they are used.
 *
 * @param jobs
 *   How many threads.
 * @param maxMemory
 *   The heap limit of each (its old generation, MB), or null for Node's own.
 * @returns
 *   The pool.
 */
async function startWorkers(jobs: number, maxMemory: number | null): Promise<Workers> {
  const {Piscina} = await import('piscina')
  // Workers run the built code: from the sources (tests), that is `dist/` beside `src/`.
  const filename = import.meta.url.endsWith('.ts') ? new URL('../../dist/lib/worker.js', import.meta.url) : new URL('worker.js', import.meta.url)
  // Workers load the built packages: drop resolution conditions the parent may run under (a test
  // runner's `--conditions communique-source` would point them at TypeScript sources).
  const execArgv: string[] = []
  for (let index = 0; index < process.execArgv.length; index++) {
    const argument = process.execArgv[index]!
    if (argument === '--conditions' || argument === '-C') index++
    else if (!argument.startsWith('--conditions=')) execArgv.push(argument)
  }
  return new Piscina({
    filename: filename.href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    execArgv: await workerArgv(execArgv),
    ...(maxMemory === null ? {} : {resourceLimits: {maxOldGenerationSizeMb: maxMemory}})
  })
}

/**
 * The options of the parent process that a worker thread accepts: V8 options and options that
 * affect the whole process (`--max-old-space-size`, `--trace-gc`, `--title`) apply to the process
 * already, and a worker started with them fails (`ERR_WORKER_INVALID_EXEC_ARGV`, which names them).
 *
 * @param candidates
 *   Options of the parent.
 * @returns
 *   Those a worker accepts.
 */
async function workerArgv(candidates: readonly string[]): Promise<string[]> {
  if (candidates.length === 0) return []
  const {Worker} = await import('node:worker_threads')
  let kept = [...candidates]
  for (let attempt = 0; attempt < candidates.length; attempt++) {
    try {
      await new Worker('', {eval: true, execArgv: kept}).terminate()
      return kept
    } catch (error) {
      const refused = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_INVALID_EXEC_ARGV' ? /flags: (.*)$/.exec((error as Error).message)?.[1]?.split(', ') : undefined
      if (!refused || refused.length === 0) return []
      kept = kept.filter((argument) => !refused.includes(argument))
    }
  }
  return []
}
