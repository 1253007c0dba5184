import {mkdtempSync, mkdirSync, cpSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {main, type Streams} from '@communique/cli'
import {createProgress, duration} from '../src/lib/progress.js'

const corpus = new URL('../../../corpus/', import.meta.url)

function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'communique-ux-'))
  mkdirSync(path.join(folder, 'in'))
  for (const name of ['002_587fe20fba9a8e01.txt', '003_fb7af6a5a26be051.txt']) cpSync(new URL(name, corpus), path.join(folder, 'in', name))
  writeFileSync(path.join(folder, 'in', 'quote.md'), '## Statement\n\nWe said "this and left.\n\n1. We agree.')
  return folder
}

async function run(argv: string[], cwd: string, tty = false) {
  let stdout = ''
  let stderr = ''
  const streams: Streams = {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: (chunk: string) => (stderr += chunk), isTTY: tty, columns: 100}}
  const previous = process.cwd()
  process.chdir(cwd)
  try {
    const code = await main(argv, streams)
    return {code, stdout, stderr}
  } finally {
    process.chdir(previous)
  }
}

/** The files under a folder, as sorted relative paths. */
function list(base: string): string[] {
  return readdirSync(base, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(base, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('progress bar', () => {
  it('should draw documents done, rate and time left on a terminal, then clear itself', () => {
    let written = ''
    let time = 0
    const progress = createProgress({write: (chunk: string) => (written += chunk), isTTY: true, columns: 120}, {now: () => time})
    time = 2000
    progress.update('reading', 50, 200)
    expect(written).toBe('\rreading [######------------------] 50/200 · 25 docs/s · 6 s left\u001B[K')
    time = 2050
    progress.update('reading', 51, 200) // Within 100 ms of the last drawing: skipped.
    expect(written.split('\r')).toHaveLength(2)
    time = 8000
    progress.update('reading', 200, 200)
    expect(written.endsWith('\rreading [########################] 200/200 · 25 docs/s · 0 s left\u001B[K')).toBe(true)
    progress.clear()
    expect(written.endsWith('\r\u001B[K')).toBe(true)
  })

  it('should draw nothing on a pipe or when disabled', () => {
    let written = ''
    const pipe = createProgress({write: (chunk: string) => (written += chunk)})
    pipe.update('reading', 1, 2)
    pipe.clear()
    const disabled = createProgress({write: (chunk: string) => (written += chunk), isTTY: true}, {enabled: false})
    disabled.update('reading', 1, 2)
    expect(written).toBe('')
  })

  it('should say durations the way people read them', () => {
    expect([0, 59, 60, 185, 3600, 7449].map(duration)).toEqual(['0 s', '59 s', '1 min 0 s', '3 min 5 s', '1 h 0 min', '2 h 4 min'])
  })

  it('should show on a terminal during an export, and not with --quiet', async () => {
    const folder = workspace()
    const shown = await run(['export', 'in', '--out', 'out'], folder, true)
    expect(shown.stderr).toMatch(/\rreading \[#+\] 3\/3 · /)
    // 003 is a news report: no Akoma Ntoso.
    expect(shown.stderr).toMatch(/\rAkoma Ntoso \[#+\] 2\/2 · /)
    const quiet = await run(['export', 'in', '--out', 'out', '--quiet'], folder, true)
    expect(quiet.stderr).toBe('')
  })
})

describe('--json', () => {
  it('should print a machine-readable run report on standard output', async () => {
    const folder = workspace()
    const {code, stdout} = await run(['export', 'in', '--out', 'out', '--json', '--quiet'], folder)
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as {out: string; exported: number; failed: number; documents: Array<{path: string; stem: string; written: string[]; messages: unknown[]}>; written: string[]}
    expect([report.out, report.exported, report.failed]).toEqual(['out', 3, 0])
    expect(report.documents.map((document) => document.stem)).toEqual(['002_587fe20fba9a8e01', '003_fb7af6a5a26be051', 'quote'])
    expect(report.documents[2]!.written).toEqual(['out/documents/quote.json', 'out/akn/quote.xml'])
    expect(report.documents[2]!.messages).toEqual([
      {
        severity: 'warning',
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 10,
        reason: 'Unclosed quotation mark `"`: the quotation runs to the end of the paragraph; add the closing mark',
        ruleId: 'unclosed-quote',
        source: 'communique-parser'
      }
    ])
    expect(report.written).toEqual(['out/entities.jsonld', 'out/attendees.csv', 'out/attendees.csv-metadata.json'])
  })
})

describe('--quiet', () => {
  it('should print errors only', async () => {
    const folder = workspace()
    writeFileSync(path.join(folder, 'in', 'empty.txt'), '')
    const {code, stderr} = await run(['export', 'in', '--out', 'out', '-q', '--format', 'compact'], folder)
    expect(code).toBe(1)
    expect(stderr).toBe('in/empty.txt:1:1: File is empty: expected the text of a document [empty-file]\n')
  })
})

describe('communique report', () => {
  it('should write one self-contained HTML page of the documents', async () => {
    const folder = workspace()
    const {code, stderr} = await run(['report', 'in', '--out', 'site/report.html', '--title', 'Two statements'], folder)
    expect(code).toBe(0)
    expect(stderr.split('\n').at(-2)).toBe('3 documents, 0 left out → site/report.html')
    const html = readFileSync(path.join(folder, 'site', 'report.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('<title>Two statements</title>')
    expect(html).not.toMatch(/<script|<link [^>]*href="http/i)
  })
})

describe('--help', () => {
  it('should show examples and the exit codes', async () => {
    const {stdout} = await run(['--help'], tmpdir())
    expect(stdout).toContain('$ communique export archive/ --out data/ -q')
    expect(stdout).toContain('Exit codes: 0 done, 1 a document failed or has errors, 2 usage error, 70 internal error (a bug).')
  })
})

describe('--jobs', () => {
  it('should write byte-identical outputs with worker threads as in one thread', async () => {
    const {exportDocuments} = await import('@communique/cli')
    const folder = mkdtempSync(path.join(tmpdir(), 'communique-jobs-'))
    const corpusPath = new URL('../../../corpus/', import.meta.url).pathname
    // 18 documents and a hostile one: two workers (one per 16 documents, at most 3).
    writeFileSync(path.join(folder, 'empty.txt'), '')
    const one = await exportDocuments([corpusPath, path.join(folder, 'empty.txt')], {out: path.join(folder, 'one'), jobs: 1, markupDate: '2026-01-01'})
    const many = await exportDocuments([corpusPath, path.join(folder, 'empty.txt')], {out: path.join(folder, 'many'), jobs: 3, markupDate: '2026-01-01'})
    const files = list(path.join(folder, 'one'))
    expect(files.length).toBeGreaterThan(30)
    expect(list(path.join(folder, 'many'))).toEqual(files)
    for (const file of files) expect(readFileSync(path.join(folder, 'many', file)), file).toEqual(readFileSync(path.join(folder, 'one', file)))
    // Messages come back from the workers whole: same text, place, rule and severity.
    const messages = (report: typeof one) => report.documents.flatMap((document) => document.file.messages.map((message) => [document.path, message.reason, message.place, message.ruleId, message.source, message.fatal]))
    expect(messages(many)).toEqual(messages(one))
    expect(messages(one).length).toBeGreaterThan(0)
    expect([many.failed, one.failed]).toEqual([1, 1])
  }, 120_000)
})
