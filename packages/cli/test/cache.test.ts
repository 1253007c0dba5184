import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, appendFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {exportDocuments, formatMessage, main, type ExportOptions, type ExportReport} from '@communique/cli'
import {fingerprint, shapingFiles} from '../src/lib/cache.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const names = ['002_587fe20fba9a8e01.txt', '003_fb7af6a5a26be051.txt', '004_ddff4dbabb80b2ef.txt']

/** A folder with three corpus documents in `in/`, one of them with a control character (a warning). */
function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'communique-cache-'))
  mkdirSync(path.join(folder, 'in'))
  for (const name of names) cpSync(new URL(name, corpus), path.join(folder, 'in', name))
  const warned = path.join(folder, 'in', names[1]!)
  writeFileSync(warned, readFileSync(warned, 'utf8').replace('\n\n', '\n\u0007\n'))
  return folder
}

/** Every file under a folder with its text, the cache left out. */
function outputs(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || entry.name === '.communique-cache.json') continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(folder, full)] = readFileSync(full, 'utf8')
  }
  return files
}

/** What a run says of each document: its stem, whether it was taken from the last run, its messages. */
function said(report: ExportReport) {
  return report.documents.map((document) => ({
    stem: document.stem,
    reused: document.reused,
    messages: document.file.messages.map((message) => formatMessage(path.basename(document.path), message))
  }))
}

const run = async (folder: string, out: string, options?: ExportOptions) =>
  exportDocuments([path.join(folder, 'in')], {out: path.join(folder, out), markupDate: '2026-01-01', ...options})

describe('export over the last export (the cache)', () => {
  it('should take unchanged documents from the last run, with the same outputs and messages as a fresh export', async () => {
    const folder = workspace()
    const first = await run(folder, 'out')
    expect(first.documents.map((document) => document.reused)).toEqual([false, false, false])
    const again = await run(folder, 'out')
    expect(again.documents.map((document) => document.reused)).toEqual([true, true, true])
    expect(said(again)).toEqual(said(first).map((document) => ({...document, reused: true})))
    // The warning survives the cache, with its place.
    expect(said(again)[1]!.messages).toEqual([
      expect.stringMatching(/^003_fb7af6a5a26be051\.txt:\d+:1: warning: .*control character.* \[control-character\]$/iu)
    ])
    await run(folder, 'fresh', {fresh: true})
    expect(outputs(path.join(folder, 'out'))).toEqual(outputs(path.join(folder, 'fresh')))
    expect(again.corpus).toEqual(first.corpus)
  })

  it('should read again a document whose bytes changed, and only it', async () => {
    const folder = workspace()
    await run(folder, 'out')
    appendFileSync(path.join(folder, 'in', names[0]!), '\nThe ministers also met Ms. Zofia Wren, the Envoy of Ruritania.\n')
    const report = await run(folder, 'out')
    expect(report.documents.map((document) => document.reused)).toEqual([false, true, true])
    await run(folder, 'fresh', {fresh: true})
    expect(outputs(path.join(folder, 'out'))).toEqual(outputs(path.join(folder, 'fresh')))
    expect(readFileSync(path.join(folder, 'out', 'documents', '002_587fe20fba9a8e01.json'), 'utf8')).toContain('Zofia Wren')
  })

  it('should read again a document whose tree file was changed or removed since', async () => {
    const folder = workspace()
    await run(folder, 'out')
    const tree = path.join(folder, 'out', 'documents', '003_fb7af6a5a26be051.json')
    writeFileSync(tree, readFileSync(tree, 'utf8').replace('"kind":"news"', '"kind":"statement"'))
    const report = await run(folder, 'out')
    expect(report.documents.map((document) => document.reused)).toEqual([true, false, true])
    await run(folder, 'fresh', {fresh: true})
    expect(outputs(path.join(folder, 'out'))).toEqual(outputs(path.join(folder, 'fresh')))
  })

  it('should take nothing from a run with other options, a torn cache, or with `fresh`', async () => {
    const folder = workspace()
    await run(folder, 'out')
    const reused = async (options?: ExportOptions) => (await run(folder, 'out', options)).documents.map((document) => document.reused)
    expect(await reused({indent: true})).toEqual([false, false, false])
    expect(await reused({indent: true})).toEqual([true, true, true])
    expect(await reused({knowledge: false})).toEqual([false, false, false])
    expect(await reused({fresh: true})).toEqual([false, false, false])
    // A fresh run records its documents for the next.
    expect(await reused()).toEqual([true, true, true])
    const cache = path.join(folder, 'out', '.communique-cache.json')
    writeFileSync(cache, readFileSync(cache, 'utf8').slice(0, 100))
    expect(await reused()).toEqual([false, false, false])
    expect(await reused()).toEqual([true, true, true])
    // An entry of the wrong shape is dropped, the others kept.
    const data = JSON.parse(readFileSync(cache, 'utf8')) as {documents: Record<string, unknown>}
    data.documents['002_587fe20fba9a8e01'] = {input: 1}
    writeFileSync(cache, JSON.stringify(data))
    expect(await reused()).toEqual([false, true, true])
  })

  it('should take unchanged documents in worker threads too, with the same outputs', async () => {
    const folder = workspace()
    await run(folder, 'one')
    await run(folder, 'workers', {maxMemory: 512})
    const report = await run(folder, 'workers', {maxMemory: 512})
    expect(report.documents.map((document) => document.reused)).toEqual([true, true, true])
    expect(said(report)[1]!.messages).toHaveLength(1)
    expect(outputs(path.join(folder, 'workers'))).toEqual(outputs(path.join(folder, 'one')))
  })
})

describe('fingerprint', () => {
  it('should read the built code and data of the packages that shape a tree, and the record of what is installed', () => {
    const files = shapingFiles().map((file) => path.relative(root, file).split(path.sep).join('/'))
    for (const file of ['packages/parser/dist/index.js', 'packages/parser/dist/lib/entities/scan.js', 'packages/knowledge/data/countries.json', 'packages/validator/dist/index.js', 'packages/cli/dist/lib/task.js', 'node_modules/.package-lock.json']) {
      expect(files).toContain(file)
    }
    expect(files.filter((file) => /\.d\.ts$|\.map$|\.tsbuildinfo$/.test(file))).toEqual([])
    // Not the exporters: they run on every document either way.
    expect(files.filter((file) => file.startsWith('packages/export-'))).toEqual([])
  })

  it('should change with the options, and only with them', () => {
    expect(fingerprint({indent: false})).toBe(fingerprint({indent: false}))
    expect(fingerprint({indent: false})).not.toBe(fingerprint({indent: true}))
    expect(fingerprint({indent: false})).toMatch(/^[\da-f]{64}$/)
  })
})

describe('communique export --fresh', () => {
  it('should say how many documents it took from the last run, in the summary and the JSON report, and none with --fresh', async () => {
    const folder = workspace()
    const exported = async (...extra: string[]) => {
      let stderr = ''
      let stdout = ''
      const previous = process.cwd()
      process.chdir(folder)
      try {
        await main(['export', 'in', '--out', 'out', '--jobs', '1', '--json', ...extra], {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: (chunk: string) => (stderr += chunk)}})
      } finally {
        process.chdir(previous)
      }
      const report = JSON.parse(stdout) as {documents: Array<{reused: boolean}>}
      return {summary: stderr.trim().split('\n').at(-1), reused: report.documents.map((document) => document.reused)}
    }
    expect(await exported()).toEqual({summary: '3 exported, 0 failed → out', reused: [false, false, false]})
    expect(await exported()).toEqual({summary: '3 exported (3 unchanged, taken from the last run), 0 failed → out', reused: [true, true, true]})
    expect(await exported('--fresh')).toEqual({summary: '3 exported, 0 failed → out', reused: [false, false, false]})
  })
})
