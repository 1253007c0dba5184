import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'

/**
 * Read a fixture of `test/fixtures/` into a new vfile whose path is the fixture's name.
 *
 * @param name
 *   File name (`statement.md`).
 * @param transform
 *   Change the text before it goes in the file (optional).
 * @returns
 *   A fresh vfile.
 */
export function fixture(name: string, transform?: (value: string) => string): VFile {
  const value = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
  return new VFile({path: name, value: transform ? transform(value) : value})
}

/**
 * The messages of a file, as plain objects with the fields that matter.
 *
 * @param file
 *   The file.
 * @returns
 *   One object per message, in order.
 */
export function messages(file: VFile) {
  return file.messages.map((message) => ({
    name: message.name,
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal
  }))
}
