import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {Command, CommanderError, Option} from 'commander'
import type {VFile} from 'vfile'
import type {ExportReport} from './export.js'
import {formatMessage} from './format.js'
import {createProgress, type ProgressStream} from './progress.js'

// Each command loads what it needs when it runs, so `--version` and `--help` start fast.

/** Where the CLI writes. */
export interface Streams {
  stdout: {write(chunk: string): unknown}
  /** Diagnostics, summaries and (on a terminal) the progress bar. */
  stderr: ProgressStream
}

/** How diagnostics are printed: grouped per file with a summary (`pretty`), or one line each (`compact`). */
type Format = 'pretty' | 'compact'

const formats: Format[] = ['pretty', 'compact']

const examples = `
Examples:
  $ communique export                          export corpus/ to out/
  $ communique export archive/ --out data/ -q  export a folder, print only errors
  $ communique export a.txt b.md --json        export two files, print a JSON run report on stdout
  $ communique validate corpus/ --format pretty    grouped per file, with a summary
  $ communique validate --akn out/akn/         check Akoma Ntoso files against the OASIS schema
  $ communique inspect corpus/002_587fe20fba9a8e01.txt
  $ communique report corpus/ --out report.html

Exit codes: 0 done, 1 a document failed or has errors, 2 usage error, 70 internal error (a bug).
`

/** Exit codes of the CLI. */
export const exitCodes = {ok: 0, failed: 1, usage: 2, bug: 70} as const

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

/**
 * Run the `communique` command line.
 *
 * @param argv
 *   Arguments after the program name.
 * @param streams
 *   Where to write output and diagnostics.
 * @returns
 *   The exit code: 0 success, 1 a document failed, 2 usage error.
 */
export async function main(argv: readonly string[], streams: Streams): Promise<number> {
  let code: number = exitCodes.ok
  const program = new Command()
    .name('communique')
    .description('Turn diplomatic documents (statements, speeches, news reports) into validated structured data.')
    .version(packageJson.version, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text)
    })
    .showHelpAfterError('(run `communique --help` for usage)')
    .addHelpText('after', examples)

  /** Print the diagnostics of `files` on standard error, in the chosen format. */
  const diagnose = async (files: VFile[], format: Format, quiet: boolean, stream: Streams['stdout'] = streams.stderr) => {
    if (format === 'compact') {
      for (const file of files) {
        for (const message of file.messages) {
          if (quiet && message.fatal !== true) continue
          stream.write(`${formatMessage(file.path, message)}\n`)
        }
      }
      return
    }
    const {reporter} = await import('vfile-reporter')
    const text = reporter(files, {quiet: true, silent: quiet, color: streams.stderr.isTTY === true})
    if (text) streams.stderr.write(`${text}\n`)
  }

  program
    .command('export')
    .description('export every document under PATH (default: corpus/) to DIR')
    .argument('[paths...]', 'files or folders (folders are read recursively for *.txt and *.md)', ['corpus'])
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--max-bytes <n>', 'largest input file to read, in bytes', parseCount)
    .option('--max-nesting <n>', 'deepest nesting of lists and block quotes to accept', parseCount)
    .option('--base <iri>', 'base IRI of every @id in entities.jsonld', 'https://example.org/communique/id/')
    .option('--bom', 'start attendees.csv with a UTF-8 byte order mark (for spreadsheets)')
    .option('--no-knowledge', 'do not read the knowledge files (work from the text alone)')
    .option('--markup-date <date>', 'date written as the Akoma Ntoso markup date (default: today), for reproducible output')
    .option('-j, --jobs <n>', 'worker threads that read, parse and export documents (default: the cores; 1 runs in one thread)', parseCount)
    .option('--max-memory <mb>', 'largest heap one document may use, in MB (documents then run in worker threads; one that needs more fails alone)', parseCount)
    .option('--indent', 'indent documents/<stem>.json two spaces per level, for reading (default: compact JSON)')
    .option('--fresh', 'read every document again (default: take unchanged documents from the last export into the same folder)')
    .option('--json', 'print a machine-readable run report (JSON) on standard output')
    .option('-q, --quiet', 'print only errors: no warnings, no progress bar, no summary')
    .addOption(formatOption())
    .action(
      async (
        paths: string[],
        options: {
          out: string
          maxBytes?: number
          maxNesting?: number
          base: string
          bom?: boolean
          knowledge: boolean
          markupDate?: string
          jobs?: number
          maxMemory?: number
          indent?: boolean
          fresh?: boolean
          json?: boolean
          quiet?: boolean
          format: Format
        }
      ) => {
        const quiet = options.quiet === true
        const progress = createProgress(streams.stderr, {enabled: !quiet && streams.stderr.isTTY === true})
        const {exportDocuments} = await import('./export.js')
        const report = await exportDocuments(paths, {
          out: options.out,
          maxBytes: options.maxBytes,
          maxNesting: options.maxNesting,
          base: options.base,
          bom: options.bom === true,
          knowledge: options.knowledge,
          markupDate: options.markupDate,
          jobs: options.jobs ?? availableParallelism(),
          maxMemory: options.maxMemory,
          indent: options.indent === true,
          fresh: options.fresh === true,
          onProgress: (phase, done, total) => progress.update(phase === 'akn' ? 'Akoma Ntoso' : phase, done, total)
        })
        progress.clear()
        await diagnose(
          report.documents.map((document) => document.file),
          options.format,
          quiet
        )
        const written = report.documents.filter((document) => document.written.length > 0).length
        const reused = report.documents.filter((document) => document.reused).length
        if (!quiet) streams.stderr.write(`${written} exported${reused > 0 ? ` (${reused} unchanged, taken from the last run)` : ''}, ${report.failed} failed → ${options.out}\n`)
        if (options.json) streams.stdout.write(`${JSON.stringify(runReport(report, options.out), null, 2)}\n`)
        code = report.failed > 0 ? exitCodes.failed : exitCodes.ok
      }
    )

  program
    .command('validate')
    .description('parse and validate documents (or validate exported *.json trees, or Akoma Ntoso files with --akn); print every problem')
    .argument('[paths...]', 'files or folders', ['corpus'])
    .option('--akn', 'validate Akoma Ntoso XML files (*.xml) against the official OASIS schema')
    .option('-q, --quiet', 'print only errors')
    .addOption(formatOption('compact'))
    .action(async (paths: string[], options: {akn?: boolean; quiet?: boolean; format: Format}) => {
      const {validateAknFiles, validateDocuments} = await import('./validate.js')
      const results = options.akn ? await validateAknFiles(paths) : await validateDocuments(paths)
      const files = results.map((result) => result.file)
      const errors = files.flatMap((file) => file.messages).filter((message) => message.fatal === true).length
      if (options.format === 'compact') {
        // One line per problem on standard output, for grep and editors; the count on standard error.
        await diagnose(files, 'compact', options.quiet === true, streams.stdout)
        streams.stderr.write(`${results.length} checked: ${errors} error${errors === 1 ? '' : 's'}\n`)
      } else {
        await diagnose(files, 'pretty', options.quiet === true)
        if (options.quiet !== true) streams.stderr.write(`${results.length} checked\n`)
      }
      code = errors > 0 ? exitCodes.failed : exitCodes.ok
    })

  program
    .command('inspect')
    .description('print the document tree of FILE as an outline')
    .argument('<file>', 'a document')
    .addOption(formatOption())
    .action(async (file: string, options: {format: Format}) => {
      const [{readOne}, {outline}] = await Promise.all([import('./run.js'), import('./inspect.js')])
      const result = await readOne(file)
      await diagnose([result.file], options.format, false)
      if (result.tree) streams.stdout.write(`${outline(result.tree)}\n`)
      code = result.tree ? exitCodes.ok : exitCodes.failed
    })

  program
    .command('report')
    .description('write one static, self-contained HTML page: the documents with their entities highlighted, meetings and participants, who appears where')
    .argument('[paths...]', 'files or folders', ['corpus'])
    .option('-o, --out <file>', 'the HTML file to write', 'report.html')
    .option('--title <text>', 'the page title')
    .option('--no-knowledge', 'do not read the knowledge files')
    .option('-q, --quiet', 'print only errors')
    .addOption(formatOption())
    .action(async (paths: string[], options: {out: string; title?: string; knowledge: boolean; quiet?: boolean; format: Format}) => {
      const quiet = options.quiet === true
      const progress = createProgress(streams.stderr, {enabled: !quiet && streams.stderr.isTTY === true})
      const {reportDocuments} = await import('./report.js')
      const run = await reportDocuments(paths, {
        out: options.out,
        title: options.title,
        knowledge: options.knowledge,
        onProgress: (phase, done, total) => progress.update(phase, done, total)
      })
      progress.clear()
      await diagnose(run.files, options.format, quiet)
      if (!quiet) streams.stderr.write(`${run.files.length - run.failed} documents, ${run.failed} left out → ${run.written}\n`)
      code = run.failed > 0 ? exitCodes.failed : exitCodes.ok
    })

  try {
    await program.parseAsync([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    streams.stderr.write(
      `communique: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThis is a bug: please report it with the input that caused it.\n`
    )
    return exitCodes.bug
  }
  return code
}

/**
 * The machine-readable report of an export run (`--json`): stable field names, positions 1-based.
 *
 * @param report
 *   The run.
 * @param out
 *   The output folder.
 * @returns
 *   Plain JSON data.
 */
function runReport(report: ExportReport, out: string) {
  return {
    out,
    exported: report.documents.filter((document) => document.written.length > 0).length,
    failed: report.failed,
    documents: report.documents.map((document) => ({
      path: document.path,
      stem: document.stem,
      written: document.written,
      reused: document.reused,
      messages: document.file.messages.map((message) => ({
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: message.place && 'end' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
        reason: message.reason,
        ruleId: message.ruleId ?? null,
        source: message.source ?? null
      }))
    })),
    written: report.written,
    removed: report.removed
  }
}

/**
 * The `--format` option, shared by the commands that print diagnostics.
 *
 * @param fallback
 *   The default: `compact` for `validate`, whose one-line form scripts rely on; `pretty` elsewhere.
 * @returns
 *   A fresh option.
 */
function formatOption(fallback: Format = 'pretty'): Option {
  return new Option('--format <format>', 'diagnostics: grouped per file with a summary, or one `path:line:column: message [rule]` line each').choices(formats).default(fallback)
}

function parseCount(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new CommanderError(2, 'communique.invalidNumber', `error: expected a positive whole number, got \`${value}\``)
  return number
}
