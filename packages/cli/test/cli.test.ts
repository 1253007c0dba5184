import {execFile} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync, statSync, symlinkSync, lstatSync, appendFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {exportDocuments, main, outline, readOne, writeAtomic} from '@communique/cli'

const corpus = new URL('../../../corpus/', import.meta.url)
const bin = new URL('../dist/bin.js', import.meta.url)

async function run(argv: string[], cwd?: string) {
  let stdout = ''
  let stderr = ''
  const previous = process.cwd()
  if (cwd) process.chdir(cwd)
  try {
    const code = await main(argv, {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    return {code, stdout, stderr}
  } finally {
    process.chdir(previous)
  }
}

function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'communique-cli-'))
  mkdirSync(path.join(folder, 'in'))
  for (const name of ['002_587fe20fba9a8e01.txt', '003_fb7af6a5a26be051.txt']) cpSync(new URL(name, corpus), path.join(folder, 'in', name))
  return folder
}

describe('communique export', () => {
  it('should export good documents, report bad ones with place and rule, and exit 1', async () => {
    const folder = workspace()
    writeFileSync(path.join(folder, 'in', 'empty.txt'), '')
    writeFileSync(path.join(folder, 'in', 'latin1.txt'), Buffer.from([0x41, 0x0a, 0x42, 0xe9, 0x0a]))
    const {code, stderr} = await run(['export', 'in', '--out', 'out'], folder)
    expect(code).toBe(1)
    expect(readdirSync(path.join(folder, 'out', 'documents')).sort()).toEqual(['002_587fe20fba9a8e01.json', '003_fb7af6a5a26be051.json'])
    // Grouped per file, with a summary line, in the unified ecosystem's reporter style.
    expect(stderr.split('\n').map((line) => line.replace(/ +/g, ' '))).toEqual([
      'in/empty.txt',
      '1:1 error File is empty: expected the text of a document empty-file communique-parser',
      '',
      'in/latin1.txt',
      '2:2 error File is not valid UTF-8 (byte 0xe9 at byte 3): convert it to UTF-8 (for example `iconv -f latin1 -t utf-8`) invalid-utf8 communique-parser',
      '',
      '✖ 2 errors',
      '2 exported, 2 failed → out',
      ''
    ])
    const tree = JSON.parse(readFileSync(path.join(folder, 'out', 'documents', '002_587fe20fba9a8e01.json'), 'utf8')) as {kind: string; date: string}
    expect([tree.kind, tree.date]).toEqual(['statement', '2022-01-11'])
  })

  it('should replace old outputs cleanly and remove those of documents no longer there', async () => {
    const folder = workspace()
    mkdirSync(path.join(folder, 'out', 'documents'), {recursive: true})
    writeFileSync(path.join(folder, 'out', 'documents', 'gone.json'), '{}')
    writeFileSync(path.join(folder, 'out', 'documents', '.002_587fe20fba9a8e01.json.123.abc.tmp'), 'torn')
    writeFileSync(path.join(folder, 'out', 'documents', '002_587fe20fba9a8e01.json'), 'old')
    const report = await exportDocuments([path.join(folder, 'in')], {out: path.join(folder, 'out')})
    expect(report.failed).toBe(0)
    expect(readdirSync(path.join(folder, 'out', 'documents')).sort()).toEqual(['002_587fe20fba9a8e01.json', '003_fb7af6a5a26be051.json'])
    // Compact JSON, one line and a final line feed.
    const text = readFileSync(path.join(folder, 'out', 'documents', '002_587fe20fba9a8e01.json'), 'utf8')
    expect(text.startsWith('{"type":"document","kind":"statement",')).toBe(true)
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`)
    expect(report.removed.map((file) => path.basename(file)).sort()).toEqual(['.002_587fe20fba9a8e01.json.123.abc.tmp', 'gone.json'])
  })

  it('should leave outputs whose bytes did not change as they were, and replace those that did', async () => {
    const folder = workspace()
    const options = {out: path.join(folder, 'out'), markupDate: '2026-01-01'}
    const files = (): string[] => ['documents', 'akn'].flatMap((sub) => readdirSync(path.join(folder, 'out', sub)).map((name) => path.join(folder, 'out', sub, name)))
    // A rename gives the target a new inode: the same inode is the same file, not rewritten.
    const inodes = () => new Map(files().map((file) => [path.relative(folder, file), statSync(file).ino]))
    await exportDocuments([path.join(folder, 'in')], options)
    const first = inodes()
    // 003 is a news report: no Akoma Ntoso.
    expect([...first.keys()].sort()).toEqual(['out/akn/002_587fe20fba9a8e01.xml', 'out/documents/002_587fe20fba9a8e01.json', 'out/documents/003_fb7af6a5a26be051.json'])
    const again = await exportDocuments([path.join(folder, 'in')], options)
    expect(again.documents.map((document) => document.written.map((file) => path.relative(folder, file)))).toEqual([
      ['out/documents/002_587fe20fba9a8e01.json', 'out/akn/002_587fe20fba9a8e01.xml'],
      ['out/documents/003_fb7af6a5a26be051.json']
    ])
    expect(inodes()).toEqual(first)
    // One document changes: its outputs are replaced, the other's stay.
    appendFileSync(path.join(folder, 'in', '003_fb7af6a5a26be051.txt'), '\nOne more paragraph.\n')
    await exportDocuments([path.join(folder, 'in')], options)
    const third = inodes()
    expect([...third].filter(([file, inode]) => first.get(file) !== inode).map(([file]) => file)).toEqual(['out/documents/003_fb7af6a5a26be051.json'])
    // Another markup date changes the Akoma Ntoso file, and no tree.
    await exportDocuments([path.join(folder, 'in')], {...options, markupDate: '2026-02-02'})
    expect([...inodes()].filter(([file, inode]) => third.get(file) !== inode).map(([file]) => file)).toEqual(['out/akn/002_587fe20fba9a8e01.xml'])
  })

  it('should write a file atomically only when its bytes differ, and replace a link rather than follow it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'communique-write-'))
    const file = path.join(folder, 'deep', 'a.txt')
    expect(await writeAtomic(file, 'één')).toBe(true)
    expect(await writeAtomic(file, 'één')).toBe(false)
    expect(await writeAtomic(file, Buffer.from('één'))).toBe(false)
    // Same length, other bytes.
    expect(await writeAtomic(file, 'eén')).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe('eén')
    const target = path.join(folder, 'target.txt')
    writeFileSync(target, 'same')
    const link = path.join(folder, 'link.txt')
    symlinkSync(target, link)
    expect(await writeAtomic(link, 'same')).toBe(true)
    expect(lstatSync(link).isSymbolicLink()).toBe(false)
    expect(readFileSync(target, 'utf8')).toBe('same')
    expect(readdirSync(folder).sort()).toEqual(['deep', 'link.txt', 'target.txt'])
    expect(readdirSync(path.join(folder, 'deep'))).toEqual(['a.txt'])
  })

  it('should indent the trees on request (--indent), in this thread and in workers, with the same data', async () => {
    const folder = workspace()
    await exportDocuments([path.join(folder, 'in')], {out: path.join(folder, 'compact'), markupDate: '2026-01-01'})
    await exportDocuments([path.join(folder, 'in')], {out: path.join(folder, 'indented'), indent: true, keepTrees: 0, markupDate: '2026-01-01'})
    await exportDocuments([path.join(folder, 'in')], {out: path.join(folder, 'workers'), indent: true, maxMemory: 512})
    const cli = await run(['export', 'in', '--out', 'cli', '--indent', '--markup-date', '2026-01-01'], folder)
    expect(cli.code).toBe(0)
    for (const name of ['002_587fe20fba9a8e01.json', '003_fb7af6a5a26be051.json']) {
      const compact = readFileSync(path.join(folder, 'compact', 'documents', name), 'utf8')
      const indented = readFileSync(path.join(folder, 'indented', 'documents', name), 'utf8')
      expect(indented).toBe(`${JSON.stringify(JSON.parse(compact), null, 2)}\n`)
      expect(readFileSync(path.join(folder, 'workers', 'documents', name), 'utf8')).toBe(indented)
      expect(readFileSync(path.join(folder, 'cli', 'documents', name), 'utf8')).toBe(indented)
    }
    // Akoma Ntoso read back from indented trees is the same as from kept ones.
    const akn = (out: string) => readFileSync(path.join(folder, out, 'akn', '002_587fe20fba9a8e01.xml'), 'utf8')
    expect(akn('indented')).toBe(akn('compact'))
  })

  it('should refuse two inputs with the same stem instead of overwriting one with the other', async () => {
    const folder = workspace()
    mkdirSync(path.join(folder, 'in', 'sub'))
    writeFileSync(path.join(folder, 'in', 'sub', '003_fb7af6a5a26be051.md'), '# A statement\n\n1. We agree.')
    const {code, stderr} = await run(['export', 'in', '--out', 'out', '--format', 'compact'], folder)
    expect(code).toBe(1)
    expect(stderr).toContain(
      'in/sub/003_fb7af6a5a26be051.md:1:1: Another input (`in/003_fb7af6a5a26be051.txt`) has the same stem `003_fb7af6a5a26be051`, so both would write `documents/003_fb7af6a5a26be051.json`; rename one of them [duplicate-stem]'
    )
  })

  it('should report a missing path and still export the rest', async () => {
    const folder = workspace()
    const {code, stderr} = await run(['export', 'in', 'nowhere', '--out', 'out', '--format', 'compact'], folder)
    expect(code).toBe(1)
    expect(stderr).toContain('nowhere:1:1: Cannot read `nowhere`: no such file or folder [unreadable-path]')
    expect(existsSync(path.join(folder, 'out', 'documents', '002_587fe20fba9a8e01.json'))).toBe(true)
  })
})

describe('exportDocuments streams', () => {
  it('should keep no tree with keepTrees 0: Akoma Ntoso reads each tree back from its JSON file, and one it cannot read costs no other its output', async () => {
    const folder = workspace()
    cpSync(new URL('004_ddff4dbabb80b2ef.txt', corpus), path.join(folder, 'in', '004_ddff4dbabb80b2ef.txt'))
    const out = path.join(folder, 'out')
    // The statement's tree is gone after the first pass (as if deleted by another program).
    const report = await exportDocuments([path.join(folder, 'in')], {
      out,
      markupDate: '2026-01-01',
      keepTrees: 0,
      onDocument(result) {
        if (result.stem === '002_587fe20fba9a8e01') rmSync(result.written[0]!)
      }
    })
    expect(report.failed).toBe(1)
    const statement = report.documents.find((document) => document.stem === '002_587fe20fba9a8e01')!
    const message = statement.file.messages.find((each) => each.ruleId === 'akn-export')!
    expect(message.fatal).toBe(true)
    expect(message.reason).toContain(`Cannot export Akoma Ntoso: cannot read the tree back from \`${path.join(out, 'documents', '002_587fe20fba9a8e01.json')}\` (ENOENT`)
    // The speech still has its Akoma Ntoso, and the run its corpus files, the statement included.
    expect(readdirSync(path.join(out, 'akn'))).toEqual(['004_ddff4dbabb80b2ef.xml'])
    const graph = JSON.parse(readFileSync(path.join(out, 'entities.jsonld'), 'utf8')) as {'@graph': Array<{'@id': string; identifier?: string}>}
    const sources = graph['@graph'].filter((node) => /^https:\/\/example\.org\/communique\/id\/source\/[^/]+$/.test(node['@id']))
    expect(sources.map((node) => node.identifier).sort()).toEqual(['002_587fe20fba9a8e01', '003_fb7af6a5a26be051', '004_ddff4dbabb80b2ef'])
    // The files of a finished run hold messages, not the source text.
    expect(report.documents.every((document) => String(document.file.value) === '')).toBe(true)
  })
})

describe('exportDocuments keeps trees for Akoma Ntoso', () => {
  it('should take the trees kept within the budget (not read back), with the same output as reading them back', async () => {
    const folder = workspace()
    cpSync(new URL('004_ddff4dbabb80b2ef.txt', corpus), path.join(folder, 'in', '004_ddff4dbabb80b2ef.txt'))
    const removed: string[] = []
    // Every tree is deleted after the first pass: only kept trees can give Akoma Ntoso.
    const report = await exportDocuments([path.join(folder, 'in')], {
      out: path.join(folder, 'kept'),
      markupDate: '2026-01-01',
      onDocument(result) {
        for (const file of result.written) rmSync(file)
        removed.push(result.stem)
      }
    })
    expect(removed).toHaveLength(3)
    expect(report.failed).toBe(0)
    await exportDocuments([path.join(folder, 'in')], {out: path.join(folder, 'read'), markupDate: '2026-01-01', keepTrees: 0})
    const names = readdirSync(path.join(folder, 'kept', 'akn')).sort()
    expect(names).toEqual(['002_587fe20fba9a8e01.xml', '004_ddff4dbabb80b2ef.xml'])
    for (const name of names) expect(readFileSync(path.join(folder, 'kept', 'akn', name), 'utf8')).toBe(readFileSync(path.join(folder, 'read', 'akn', name), 'utf8'))
  })

  it('should read back the trees beyond the budget', async () => {
    const folder = workspace()
    cpSync(new URL('004_ddff4dbabb80b2ef.txt', corpus), path.join(folder, 'in', '004_ddff4dbabb80b2ef.txt'))
    // A budget smaller than any tree: nothing is kept, and a deleted tree cannot be exported.
    const report = await exportDocuments([path.join(folder, 'in')], {
      out: path.join(folder, 'out'),
      markupDate: '2026-01-01',
      keepTrees: 0.001,
      onDocument(result) {
        if (result.stem === '004_ddff4dbabb80b2ef') rmSync(result.written[0]!)
      }
    })
    expect(report.failed).toBe(1)
    expect(readdirSync(path.join(folder, 'out', 'akn'))).toEqual(['002_587fe20fba9a8e01.xml'])
  })
})

describe('communique validate', () => {
  it('should print every problem as path:line:column: message [rule-id] and exit by severity', async () => {
    const folder = workspace()
    writeFileSync(path.join(folder, 'in', 'quote.md'), '## Statement\n\nWe said "this and left.\n\n1. We agree.')
    const warned = await run(['validate', 'in/quote.md'], folder)
    expect(warned.code).toBe(0)
    expect(warned.stdout).toBe(
      'in/quote.md:3:9: warning: Unclosed quotation mark `"`: the quotation runs to the end of the paragraph; add the closing mark [unclosed-quote]\n'
    )
    await run(['export', 'in', '--out', 'out'], folder)
    const treeFile = path.join(folder, 'out', 'documents', '002_587fe20fba9a8e01.json')
    const tree = JSON.parse(readFileSync(treeFile, 'utf8')) as {children: Array<{children: Array<{opener?: unknown}>}>}
    tree.children[3]!.children[1]!.opener = null
    const json = JSON.stringify(tree, null, 2)
    writeFileSync(treeFile, json)
    // The error points into the JSON file: the line of the second recital's `"opener"`.
    const lines = json.split('\n')
    const line = lines.findIndex((text, index) => text.includes('"opener": null') && index > 0) + 1
    const column = lines[line - 1]!.indexOf('"opener"') + 1
    const failed = await run(['validate', 'out/documents/002_587fe20fba9a8e01.json'], folder)
    expect(failed.code).toBe(1)
    expect(failed.stdout).toBe(
      `out/documents/002_587fe20fba9a8e01.json:${line}:${column}: Invalid \`recital\` node at \`/children/3/children/1/opener\`: must be string; fix the value [schema-type]\n`
    )
    // In a compact tree (as export writes them), the error is on line 1, at the column of its key.
    const compact = JSON.stringify(tree)
    writeFileSync(treeFile, compact)
    const onLine = await run(['validate', 'out/documents/002_587fe20fba9a8e01.json'], folder)
    expect(onLine.stdout).toBe(
      `out/documents/002_587fe20fba9a8e01.json:1:${compact.indexOf('"opener":null') + 1}: Invalid \`recital\` node at \`/children/3/children/1/opener\`: must be string; fix the value [schema-type]\n`
    )
    // Grouped per file with a summary, on request.
    const pretty = await run(['validate', 'in/quote.md', '--format', 'pretty'], folder)
    expect(pretty.stderr.split('\n').map((text) => text.replace(/ +/g, ' '))).toEqual([
      'in/quote.md',
      '3:9-3:10 warning Unclosed quotation mark `"`: the quotation runs to the end of the paragraph; add the closing mark unclosed-quote communique-parser',
      '',
      '⚠ 1 warning',
      '1 checked',
      ''
    ])
  })
})

describe('communique inspect', () => {
  it('should print the tree as an outline', async () => {
    const folder = workspace()
    writeFileSync(path.join(folder, 'in', 'small.md'), '## Joint Statement\n\n1. We agree on 3 May 2024.')
    const {code, stdout} = await run(['inspect', 'in/small.md'], folder)
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'document kind="statement" date=null title="Joint Statement" dateline=null publisher=null (1:1-3:27)',
        '  heading role="title" (1:1-1:19)',
        '    text "Joint Statement" (1:4-1:19)',
        '  operative (3:1-3:27)',
        '    clause marker="number" num="1." (3:1-3:27)',
        '      paragraph (3:4-3:27)',
        '        text "We agree on " (3:4-3:16)',
        '        date precision="day" relative=false "2024-05-03" (3:16-3:26)',
        '          text "3 May 2024" (3:16-3:26)',
        '        text "." (3:26-3:27)',
        ''
      ].join('\n')
    )
    const result = await readOne(path.join(folder, 'in', 'small.md'))
    expect(outline(result.tree!).split('\n')).toHaveLength(10)
  })
})

describe('communique export --max-memory', () => {
  it('should fail a document that needs more memory alone, with its place and rule, and export the others', async () => {
    const folder = workspace()
    // About 3 MB of statements in one document: far more than 64 MB of heap at its peak.
    const paragraph = `${readFileSync(new URL('002_587fe20fba9a8e01.txt', corpus), 'utf8').replace(/\s+/g, ' ')}\n\n`
    writeFileSync(path.join(folder, 'in', 'huge.txt'), `# Huge\n\n${paragraph.repeat(Math.ceil(3_000_000 / paragraph.length))}`)
    const {code, stderr} = await run(['export', 'in', '--out', 'out', '--jobs', '1', '--max-memory', '64', '--markup-date', '2026-01-01', '--format', 'compact'], folder)
    expect(code).toBe(1)
    expect(stderr).toContain(
      'in/huge.txt:1:1: Cannot process the document: it needs more than the 64 MB a document may use (`--max-memory`); raise the limit, or split the document [worker-failed]'
    )
    expect(stderr).toContain('2 exported, 1 failed')
    expect(readdirSync(path.join(folder, 'out', 'documents')).sort()).toEqual(['002_587fe20fba9a8e01.json', '003_fb7af6a5a26be051.json'])
    // The others are what a run without the limit gives them.
    const plain = await run(['export', 'in/002_587fe20fba9a8e01.txt', 'in/003_fb7af6a5a26be051.txt', '--out', 'plain', '--markup-date', '2026-01-01'], folder)
    expect(plain.code).toBe(0)
    for (const name of ['documents/002_587fe20fba9a8e01.json', 'akn/002_587fe20fba9a8e01.xml', 'documents/003_fb7af6a5a26be051.json']) {
      expect(readFileSync(path.join(folder, 'out', name), 'utf8')).toBe(readFileSync(path.join(folder, 'plain', name), 'utf8'))
    }
  })
})

describe('exportDocuments isolates large documents', () => {
  it('should run documents over isolateBytes in a worker thread of their own with one job, with the same output', async () => {
    const folder = workspace()
    cpSync(new URL('004_ddff4dbabb80b2ef.txt', corpus), path.join(folder, 'in', '004_ddff4dbabb80b2ef.txt'))
    const files = (out: string) => readdirSync(path.join(folder, out), {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
    // Every document is "large": all of them go through the isolated thread, both passes.
    const isolated = await exportDocuments([path.join(folder, 'in')], {out: path.join(folder, 'isolated'), jobs: 1, isolateBytes: 1, markupDate: '2026-01-01'})
    const plain = await exportDocuments([path.join(folder, 'in')], {out: path.join(folder, 'plain'), jobs: 1, markupDate: '2026-01-01'})
    expect(isolated.failed).toBe(0)
    expect(plain.failed).toBe(0)
    expect(files('isolated')).toHaveLength(files('plain').length)
    for (const entry of files('plain')) {
      const relative = path.relative(path.join(folder, 'plain'), path.join(entry.parentPath, entry.name))
      expect(readFileSync(path.join(folder, 'isolated', relative), 'utf8')).toBe(readFileSync(path.join(folder, 'plain', relative), 'utf8'))
    }
    // Run in a worker thread: the Akoma Ntoso pass read the trees back (a tree deleted after the first
    // pass cannot be exported), where this thread would have kept them.
    const deleted = await exportDocuments([path.join(folder, 'in')], {
      out: path.join(folder, 'deleted'),
      jobs: 1,
      isolateBytes: 1,
      markupDate: '2026-01-01',
      onDocument(result) {
        if (result.stem === '004_ddff4dbabb80b2ef') rmSync(result.written[0]!)
      }
    })
    expect(deleted.failed).toBe(1)
  })
})

describe('the installed binary', () => {
  const exec = promisify(execFile)
  it('should print its version', async () => {
    const {stdout} = await exec(process.execPath, [bin.pathname, '--version'])
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('should run worker threads when node runs it with options workers refuse (V8 and process options)', async () => {
    // The 18 documents of the corpus: two threads (one per 16 documents at most).
    const folder = mkdtempSync(path.join(tmpdir(), 'communique-argv-'))
    const {stdout, stderr} = await exec(process.execPath, ['--max-old-space-size=2048', '--trace-gc', '--stack-size=2000', bin.pathname, 'export', corpus.pathname, '--out', 'out', '--jobs', '2'], {cwd: folder})
    expect(stderr).toContain('18 exported, 0 failed')
    // Worker threads ran (--trace-gc is process-wide: every isolate traces its collections).
    expect(new Set([...stdout.matchAll(/^\[\d+:(0x[\da-f]+)\]/gm)].map((match) => match[1])).size).toBeGreaterThanOrEqual(3)
    expect(readdirSync(path.join(folder, 'out', 'documents'))).toHaveLength(18)
  })

  it('should exit 2 on a usage error, with no stack trace', async () => {
    const error = (await exec(process.execPath, [bin.pathname, 'export', '--bogus']).catch((failure: unknown) => failure)) as {code: number; stderr: string}
    expect(error.code).toBe(2)
    expect(error.stderr).toContain("error: unknown option '--bogus'")
    expect(error.stderr).not.toMatch(/\n\s+at /)
  })
})
