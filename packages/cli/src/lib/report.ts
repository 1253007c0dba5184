import path from 'node:path'
import type {Document} from '@communique/doctree'
import {emptyKnowledge, loadKnowledge} from '@communique/knowledge'
import type {DecodeOptions} from '@communique/parser'
import {resolve} from '@communique/resolver'
import {VFile} from 'vfile'
import {collectFiles, planStems, problemFile} from './files.js'
import {hasFatal, readOne} from './run.js'
import {writeAtomic} from './write.js'

/** Configuration of `reportDocuments`. */
export interface ReportOptions extends DecodeOptions {
  /** The HTML file to write (optional, default: `'report.html'`). */
  out?: string | null | undefined
  /** The page's title (optional). */
  title?: string | null | undefined
  /** Base IRI of the entities (optional). */
  base?: string | null | undefined
  /** Read the knowledge files (optional, default: `true`). */
  knowledge?: boolean | null | undefined
  /** Called as documents are read (optional). */
  onProgress?: ((phase: string, done: number, total: number) => void) | null | undefined
}

/** The outcome of `reportDocuments`. */
export interface ReportRun {
  /** Every input's file, with its messages. */
  files: VFile[]
  /** Inputs left out of the page (unreadable or invalid). */
  failed: number
  /** The page written. */
  written: string
}

/**
 * Read documents and write one static HTML page of them, their entities and meetings
 * (`@communique/report`). A bad document is left out of the page, with its messages.
 *
 * @param paths
 *   Files or folders.
 * @param options
 *   Configuration (optional).
 * @returns
 *   What happened.
 */
export async function reportDocuments(paths: readonly string[], options?: Readonly<ReportOptions> | null): Promise<ReportRun> {
  const knowledge = options?.knowledge === false ? emptyKnowledge : loadKnowledge()
  const {files: inputs, problems} = await collectFiles(paths)
  const files: VFile[] = []
  let failed = 0
  for (const problem of problems) {
    files.push(problemFile(problem))
    failed++
  }
  const documents: Array<{stem: string; file: string; tree: Document}> = []
  for (const [index, {input, stem, previous}] of planStems(inputs).entries()) {
    if (previous === null) {
      const read = await readOne(input, {...options, knowledge})
      files.push(read.file)
      if (read.tree && !hasFatal(read.file.messages)) documents.push({stem, file: path.basename(input), tree: read.tree as Document})
      else failed++
    } else {
      const file = new VFile({path: input})
      file.message(`Another input (\`${previous}\`) has the same stem \`${stem}\`; rename one of them`, {
        place: {line: 1, column: 1},
        ruleId: 'duplicate-stem',
        source: 'communique'
      }).fatal = true
      files.push(file)
      failed++
    }
    options?.onProgress?.('reading', index + 1, inputs.length)
  }
  const corpus = resolve(documents, {base: options?.base ?? null, knowledge})
  const {toHtml} = await import('@communique/report')
  const out = options?.out ?? 'report.html'
  await writeAtomic(out, toHtml({corpus, documents, ...(options?.title ? {title: options.title} : {})}))
  return {files, failed, written: out}
}
