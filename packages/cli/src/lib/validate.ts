import {readFile} from 'node:fs/promises'
import {validate} from '@communique/validator'
import {VFile} from 'vfile'
import {collectFiles} from './files.js'
import {readOne} from './run.js'

/** The outcome of validating one input. */
export interface ValidatedDocument {
  path: string
  file: VFile
}

/**
 * Validate documents: text documents (`*.txt`, `*.md`) are parsed and their trees validated;
 * `*.json` files are validated as document trees (for example exported ones).
 *
 * @param paths
 *   Files or folders.
 * @returns
 *   One entry per input, with every message.
 */
export async function validateDocuments(paths: readonly string[]): Promise<ValidatedDocument[]> {
  const results: ValidatedDocument[] = []
  const jsonInputs = paths.filter((given) => given.toLowerCase().endsWith('.json'))
  const {files, problems} = await collectFiles(paths.filter((given) => !jsonInputs.includes(given)))
  for (const problem of problems) {
    const file = new VFile({path: problem.path})
    const message = file.message(problem.reason, {place: {line: 1, column: 1}, ruleId: problem.ruleId, source: 'communique'})
    message.fatal = true
    results.push({path: problem.path, file})
  }
  for (const input of files) {
    const {file} = await readOne(input)
    results.push({path: input, file})
  }
  for (const input of jsonInputs) {
    const file = new VFile({path: input})
    let tree: unknown
    try {
      tree = JSON.parse(await readFile(input, 'utf8'))
    } catch (error) {
      const message = file.message(`Cannot read JSON: ${error instanceof Error ? error.message : String(error)}`, {
        place: {line: 1, column: 1},
        ruleId: 'invalid-json',
        source: 'communique'
      })
      message.fatal = true
      results.push({path: input, file})
      continue
    }
    validate(tree, file)
    results.push({path: input, file})
  }
  return results
}
