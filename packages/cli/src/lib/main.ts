import {readFileSync} from 'node:fs'
import {Command, CommanderError} from 'commander'
import {exportDocuments} from './export.js'
import {formatMessage} from './format.js'
import {outline} from './inspect.js'
import {readOne} from './run.js'
import {validateAknFiles, validateDocuments} from './validate.js'

/** Where the CLI writes. */
export interface Streams {
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown}
}

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
    .action(async (paths: string[], options: {out: string; maxBytes?: number; maxNesting?: number; base: string; bom?: boolean; knowledge: boolean}) => {
      const report = await exportDocuments(paths, {
        out: options.out,
        maxBytes: options.maxBytes,
        maxNesting: options.maxNesting,
        base: options.base,
        bom: options.bom === true,
        knowledge: options.knowledge,
        onDocument(result) {
          for (const message of result.file.messages) streams.stderr.write(`${formatMessage(result.path, message)}\n`)
        },
        onMessage(result, message) {
          streams.stderr.write(`${formatMessage(result.path, message)}\n`)
        }
      })
      const written = report.documents.filter((document) => document.written.length > 0).length
      streams.stderr.write(`${written} exported, ${report.failed} failed → ${options.out}\n`)
      code = report.failed > 0 ? exitCodes.failed : exitCodes.ok
    })

  program
    .command('validate')
    .description('parse and validate documents (or validate exported *.json trees, or Akoma Ntoso files with --akn); print every problem')
    .argument('[paths...]', 'files or folders', ['corpus'])
    .option('--akn', 'validate Akoma Ntoso XML files (*.xml) against the official OASIS schema')
    .action(async (paths: string[], options: {akn?: boolean}) => {
      const results = options.akn ? await validateAknFiles(paths) : await validateDocuments(paths)
      let errors = 0
      let warnings = 0
      for (const result of results) {
        for (const message of result.file.messages) {
          streams.stdout.write(`${formatMessage(result.path, message)}\n`)
          if (message.fatal === true) errors++
          else if (message.fatal === false) warnings++
        }
      }
      streams.stderr.write(`${results.length} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`)
      code = errors > 0 ? exitCodes.failed : exitCodes.ok
    })

  program
    .command('inspect')
    .description('print the document tree of FILE as an outline')
    .argument('<file>', 'a document')
    .action(async (file: string) => {
      const result = await readOne(file)
      for (const message of result.file.messages) streams.stderr.write(`${formatMessage(file, message)}\n`)
      if (result.tree) streams.stdout.write(`${outline(result.tree)}\n`)
      code = result.tree ? exitCodes.ok : exitCodes.failed
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

function parseCount(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new CommanderError(2, 'communique.invalidNumber', `error: expected a positive whole number, got \`${value}\``)
  return number
}
