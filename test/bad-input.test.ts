// Hostile and broken input: one bad file never costs the others their output, every problem is
// named with file, line, column and rule, and everything written is valid.
import {cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import jsonld from 'jsonld'
import {beforeAll, describe, expect, it} from 'vitest'
import {main} from '@communique/cli'
import {checkReferences, validateAkn} from '@communique/export-akn'

const cases = new URL('bad-input/cases/', import.meta.url)
const corpus = new URL('../corpus/', import.meta.url)
const schemaContext = JSON.parse(readFileSync(new URL('../schemas/schemaorg/schemaorgcontext.jsonld', import.meta.url), 'utf8')) as object

let folder: string
let code: number
let stderr = ''

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'communique-bad-'))
  const input = path.join(folder, 'in')
  cpSync(cases.pathname, input, {recursive: true})
  for (const name of ['000_d0cde2db8aede425.txt', '002_587fe20fba9a8e01.txt']) cpSync(new URL(name, corpus), path.join(input, name))
  // Made here rather than committed: a symbolic-link loop, a broken link, a 3 MB line, a 50 MB file.
  symlinkSync('loop', path.join(input, 'loop'))
  symlinkSync('/nonexistent/target', path.join(input, 'broken.txt'))
  writeFileSync(path.join(input, 'long-line.txt'), `Statement\n\n${'x'.repeat(3_000_000)}\n`)
  const huge = openSync(path.join(input, 'huge.txt'), 'w')
  const block = `${'The ministers met again. '.repeat(40_000)}\n\n`
  for (let index = 0; index < 52; index++) writeSync(huge, block)
  closeSync(huge)
  const previous = process.cwd()
  process.chdir(folder)
  try {
    code = await main(['export', 'in', '--out', 'out', '--format', 'compact'], {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
  } finally {
    process.chdir(previous)
  }
}, 180_000)

/** A JSON-LD document loader serving the vendored schema.org context (nothing is fetched). */
async function loader(url: string) {
  return {contextUrl: undefined, documentUrl: url, document: schemaContext}
}

describe('communique export over hostile input', () => {
  it('should exit 1 and name every bad file with line, column and rule', () => {
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n').sort()
    expect(lines).toEqual(
      [
        'in/binary.txt:3:12: File looks binary (NUL byte at byte 22): expected UTF-8 text [binary-file]',
        'in/broken.txt:1:1: Cannot read `in/broken.txt`: no such file or folder [unreadable-path]',
        'in/control-chars.txt:3:27: warning: Control character U+0001 is not allowed in XML: it is kept in the tree and left out of Akoma Ntoso; remove it from the source [control-character]',
        'in/control-chars.txt:3:84: warning: Control character U+0007 is not allowed in XML: it is kept in the tree and left out of Akoma Ntoso; remove it from the source [control-character]',
        'in/control-chars.txt:7:10: warning: Control character U+000B is not allowed in XML: it is kept in the tree and left out of Akoma Ntoso; remove it from the source [control-character]',
        'in/deep-list.md:103:1: Lists or block quotes are nested 101 levels deep (limit 100): flatten them, or raise the limit with `--max-nesting` [nesting-too-deep]',
        'in/deep-quote.md:3:1: Lists or block quotes are nested 101 levels deep (limit 100): flatten them, or raise the limit with `--max-nesting` [nesting-too-deep]',
        'in/empty.txt:1:1: File is empty: expected the text of a document [empty-file]',
        'in/huge.txt:1:1: File is too large (52000104 bytes, limit 20971520): split it, or raise the limit with `--max-bytes` [file-too-large]',
        'in/latin1.txt:3:26: File is not valid UTF-8 (byte 0xed at byte 42): convert it to UTF-8 (for example `iconv -f latin1 -t utf-8`) [invalid-utf8]',
        'in/long-line.txt:1:1: warning: Cannot tell with certainty what kind of document this is; read as `news` (evidence: statement 0.0, speech 0.0, news 0.0). Pass the kind explicitly if this is wrong [unclassified-kind]',
        'in/loop:1:1: Cannot read `in/loop`: too many symbolic links (a loop) [unreadable-path]',
        'in/utf16.txt:1:1: info: File is UTF-16LE (byte order mark); decoded it, positions count UTF-16 code units of the decoded text [utf16-decoded]',
        'in/whitespace.txt:1:1: File holds only white space: expected the text of a document [blank-file]',
        '10 exported, 9 failed → out'
      ].sort()
    )
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('should export the good and the recoverable documents, with output names kept inside the output folder', () => {
    expect(readdirSync(path.join(folder, 'out', 'documents')).sort()).toEqual(
      [
        '000_d0cde2db8aede425.json',
        '002_587fe20fba9a8e01.json',
        'bom-crlf.json',
        'control-chars.json',
        'file with spaces.json',
        'hostile-roles.json',
        'leading-dash.json',
        'long-line.json',
        'utf16.json',
        'ünïcödé — 文件.json'
      ].sort()
    )
  })

  it('should read a BOM and CRLF file as its plain version, positions in the original', () => {
    const tree = JSON.parse(readFileSync(path.join(folder, 'out', 'documents', 'bom-crlf.json'), 'utf8')) as {kind: string; date: string; title: string}
    expect([tree.kind, tree.date, tree.title]).toEqual(['statement', '2024-03-03', 'Joint Statement of the Andean Council'])
  })

  it('should write Akoma Ntoso that validates, with every reference resolving, for any text', async () => {
    const folderAkn = path.join(folder, 'out', 'akn')
    const names = readdirSync(folderAkn).sort()
    expect(names).toEqual(['002_587fe20fba9a8e01.xml', 'bom-crlf.xml', 'control-chars.xml', 'hostile-roles.xml', 'utf16.xml'])
    for (const name of names) {
      const xml = readFileSync(path.join(folderAkn, name), 'utf8')
      expect(await validateAkn(xml), name).toEqual([])
      expect(checkReferences(xml), name).toEqual([])
    }
    const hostile = readFileSync(path.join(folderAkn, 'control-chars.xml'), 'utf8')
    expect(hostile).toContain('&amp; agreed &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;')
    expect(hostile).not.toMatch(/[\u0001\u0007\u000B]/)
  })

  it('should write JSON-LD that expands offline and CSV that neutralises formulas', async () => {
    const graph = JSON.parse(readFileSync(path.join(folder, 'out', 'entities.jsonld'), 'utf8')) as object
    await expect(jsonld.expand(graph as never, {documentLoader: loader as never, safe: true} as never)).resolves.toBeDefined()
    const rows = parseCsv(readFileSync(path.join(folder, 'out', 'attendees.csv')), {columns: true, bom: true}) as Array<Record<string, string>>
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    const chair = rows.find((row) => row['name'] === 'Ana Ramos')
    expect(chair?.['chair']).toBe('true')
  })
})
