// What users get from npm: pack every workspace package, install the tarballs into a fresh
// project, import each package by name, type-check a TypeScript consumer against the published
// types, and run the packed CLI on the corpus (its outputs must equal the workspace CLI's).
import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const root = new URL('..', import.meta.url).pathname
const expected = JSON.parse(readFileSync(new URL('exports.json', import.meta.url), 'utf8')) as Record<string, string[]>
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

let folder = ''
let project = ''
let packed: Array<{name: string; filename: string; files: Array<{path: string}>}> = []

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'communique-consumer-'))
  const tarballs = path.join(folder, 'tarballs')
  project = path.join(folder, 'project')
  mkdirSync(tarballs)
  mkdirSync(project)
  const {stdout} = await exec(npm, ['pack', '--workspaces', '--json', '--pack-destination', tarballs], {cwd: root, maxBuffer: 64 * 1024 * 1024})
  packed = JSON.parse(stdout) as typeof packed
  const dependencies = Object.fromEntries(packed.map((entry) => [entry.name, `file:../tarballs/${entry.filename}`]))
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module', dependencies, devDependencies: {'@types/node': '^20.19.43'}}, null, 2)}\n`)
  // The packages' own dependencies come from the registry (or npm's cache, filled by `npm ci`).
  await exec(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: project, maxBuffer: 64 * 1024 * 1024})
}, 300_000)

/** The files under a folder, as sorted relative paths. */
function list(base: string): string[] {
  return readdirSync(base, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(base, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('the packed packages', () => {
  it('should pack every workspace package, without tests or build info', () => {
    expect(packed.map((entry) => entry.name).sort()).toEqual(Object.keys(expected).sort())
    for (const entry of packed) {
      const paths = entry.files.map((file) => file.path)
      expect(paths, entry.name).toContain('package.json')
      expect(paths, entry.name).toContain('README.md')
      expect(paths, entry.name).toContain('dist/index.js')
      expect(paths, entry.name).toContain('dist/index.d.ts')
      expect(paths.filter((file) => /(?:^|\/)test\/|\.test\.|tsbuildinfo|\.output\//.test(file)), entry.name).toEqual([])
    }
  })

  it('should import each package by name, with exactly the pinned named exports and no default', async () => {
    const script = [
      'const names = JSON.parse(process.argv[1])',
      'const result = {}',
      'for (const name of names) { const module = await import(name); result[name] = {keys: Object.keys(module).sort(), hasDefault: "default" in module} }',
      'console.log(JSON.stringify(result))'
    ].join('\n')
    const {stdout} = await exec(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(Object.keys(expected))], {cwd: project})
    const result = JSON.parse(stdout) as Record<string, {keys: string[]; hasDefault: boolean}>
    for (const [name, keys] of Object.entries(expected)) {
      expect(result[name]?.keys, name).toEqual(keys)
      expect(result[name]?.hasDefault, name).toBe(false)
    }
  })

  it('should type-check a TypeScript consumer against the published types', async () => {
    writeFileSync(path.join(project, 'tsconfig.json'), `${JSON.stringify({compilerOptions: {target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: ['node']}, files: ['consumer.ts']}, null, 2)}\n`)
    writeFileSync(path.join(project, 'consumer.ts'), consumer)
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    const checked = await exec(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: project}).then(
      () => '',
      (error: {stdout: string}) => error.stdout
    )
    expect(checked).toBe('')
    // The same consumer, with one type error, must fail: the check is real.
    writeFileSync(path.join(project, 'consumer.ts'), `${consumer}\nconst wrong: number = parse('x').kind\nvoid wrong\n`)
    const broken = await exec(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: project}).then(
      () => '',
      (error: {stdout: string}) => error.stdout
    )
    expect(broken).toMatch(/consumer\.ts\(\d+,\d+\): error TS2322/)
  }, 120_000)

  it('should run the packed CLI on the corpus, with the same outputs as the workspace CLI', async () => {
    const corpus = path.join(root, 'corpus')
    const options = ['--markup-date', '2026-01-01', '--quiet']
    await exec(path.join(project, 'node_modules', '.bin', 'communique'), ['export', corpus, '--out', path.join(folder, 'packed'), ...options])
    await exec(process.execPath, [path.join(root, 'packages', 'cli', 'dist', 'bin.js'), 'export', corpus, '--out', path.join(folder, 'workspace'), ...options])
    const files = list(path.join(folder, 'packed'))
    expect(files).toEqual(list(path.join(folder, 'workspace')))
    expect(files).toContain('attendees.csv')
    expect(files.filter((file) => file.startsWith('documents/'))).toHaveLength(readdirSync(corpus).filter((name) => /\.(?:txt|md)$/.test(name)).length)
    for (const file of files) {
      // The cache records which build made the trees: the packed one is another (its own files, its own install).
      if (file === '.communique-cache.json') continue
      expect(readFileSync(path.join(folder, 'packed', file), 'utf8'), file).toBe(readFileSync(path.join(folder, 'workspace', file), 'utf8'))
    }
    const fingerprints = ['packed', 'workspace'].map((name) => (JSON.parse(readFileSync(path.join(folder, name, '.communique-cache.json'), 'utf8')) as {fingerprint: string}).fingerprint)
    expect(fingerprints[0]).not.toBe(fingerprints[1])
  }, 120_000)
})

const consumer = `import {readFileSync} from 'node:fs'
import type {Document, Nodes} from '@communique/doctree'
import {toString, visit} from '@communique/doctree'
import {loadKnowledge} from '@communique/knowledge'
import {parse} from '@communique/parser'
import {validate} from '@communique/validator'
import {resolve, type Corpus} from '@communique/resolver'
import {toAkn} from '@communique/export-akn'
import {serializeJsonLd} from '@communique/export-jsonld'
import {toAttendeesCsv} from '@communique/export-csv'
import {toHtml} from '@communique/report'
import {remarkCommunique, communique} from '@communique/unified'
import {exportDocuments, type ExportReport} from '@communique/cli'
import {VFile} from 'vfile'
import schema from '@communique/doctree/schema.json' with {type: 'json'}

const file = new VFile({path: 'a.txt', value: readFileSync(process.argv[2] ?? 'a.txt', 'utf8')})
const tree: Document = parse(file)
const problems: number = validate(tree, file).length
let words = 0
visit(tree, (node: Nodes) => {
  if (node.type === 'text') words += node.value.split(' ').length
})
const knowledge = loadKnowledge()
const corpus: Corpus = resolve([{stem: 'a', file: 'a.txt', tree}], {knowledge})
const xml: string = toAkn(tree, {stem: 'a', markupDate: '2026-01-01'})
const jsonld: string = serializeJsonLd(corpus)
const csv: string = toAttendeesCsv(corpus)
const html: string = toHtml({corpus, documents: [{stem: 'a', file: 'a.txt', tree}]})
const report: Promise<ExportReport> = exportDocuments(['corpus'], {out: 'out'})
const processor = communique()
void [problems, words, xml, jsonld, csv, html, report, processor, remarkCommunique, schema.$id, toString(tree)]
`
