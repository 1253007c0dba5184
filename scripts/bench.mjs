// `npm run bench`: the toolkit's speed and memory, as ratios against bare remark-parse over the
// same bytes, measured in the same run.
//
//   node scripts/bench.mjs [--docs N] [--rounds R] [--jobs J] [--scale N,N,…] [--report FILE]
//
// 1. Builds a synthetic corpus of N documents (default 2,000, about 6.5 MB) from the corpus texts,
//    with varied names, dates and people so that entity resolution has real work (scripts/bench/synthetic.mjs).
// 2. In this process, R rounds (medians), every stage once per round, interleaved with the baseline:
//    (a) bare `unified().use(remarkParse).parse()` over the same texts; (b) the full export
//    (`exportDocuments`, one job: read, parse, validate, write, resolve, export); (c) each stage alone.
//    Prints throughput (MB/s, docs/s), the ratio (b)/(a) and each stage's share.
// 3. In fresh processes, so that each measures its own memory: the full export with one job and with J
//    (default: the cores), its speed-up and byte-identical outputs; and the same split of bare
//    remark-parse over 1 and J threads: how much parallel speed this machine gives the baseline itself
//    (shared caches, memory bandwidth and virtual CPUs can make it far less than J).
// 4. One long document (--long KB, default 256): parse time per MB of one document of that size and
//    of eight times it, as one paragraph and as many, beside remark-parse's: time per MB that stays
//    flat as a document grows means no recognizer is quadratic in the length of a paragraph.
// 5. With --scale: the full export of each size in a fresh process: time, time per document and peak
//    RSS, to show that time grows linearly and memory with the entities, not the text.
// Writes a JSON report (default bench/.output/report.json). Not a timed test: CI runs it on a small N.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, renameSync} from 'node:fs'
import {availableParallelism, cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {exportDocuments} from '../packages/cli/dist/index.js'
import {loadKnowledge} from '../packages/knowledge/dist/index.js'
import {parse} from '../packages/parser/dist/index.js'
import {validate} from '../packages/validator/dist/index.js'
import {resolve, summarize} from '../packages/resolver/dist/index.js'
import {toAkn} from '../packages/export-akn/dist/index.js'
import {serializeJsonLd} from '../packages/export-jsonld/dist/index.js'
import {toAttendeesCsv} from '../packages/export-csv/dist/index.js'
import {writeSynthetic} from './bench/synthetic.mjs'

const {values} = parseArgs({
  options: {
    docs: {type: 'string', default: '2000'},
    rounds: {type: 'string', default: '3'},
    jobs: {type: 'string', default: String(availableParallelism())},
    scale: {type: 'string', default: ''},
    long: {type: 'string', default: '256'},
    report: {type: 'string', default: 'bench/.output/report.json'}
  }
})
const count = Number(values.docs)
const rounds = Number(values.rounds)
const jobs = Math.max(2, Number(values.jobs))
const scales = values.scale ? values.scale.split(',').map(Number) : []
const here = path.dirname(fileURLToPath(import.meta.url))

const folder = mkdtempSync(path.join(tmpdir(), 'communique-bench-'))
const input = path.join(folder, 'in')
const {texts, bytes} = writeSynthetic(input, count)
const megabytes = bytes / 1024 / 1024
const knowledge = loadKnowledge()

// ---------------------------------------------------------------------------------------------
// 2. Stages, in this process.

const processor = unified().use(remarkParse)
const baselineName = 'remark-parse (baseline)'
// The same export again, over its own outputs: every file already holds its bytes and is left as it is.
const rerunName = 're-export, nothing changed'
let trees = []
let summaries = []
let corpus
let written = []
const people = new Map()

const stages = {
  [baselineName]() {
    for (const text of texts) processor.parse(text)
  },
  'tree building (no mentions)'() {
    for (const [index, text] of texts.entries()) parse(new VFile({path: `${index}.txt`, value: text}), {mentions: false, knowledge})
  },
  'parse (tree + recognition)'() {
    trees = texts.map((text, index) => parse(new VFile({path: `${index}.txt`, value: text}), {knowledge}))
  },
  validation() {
    for (const tree of trees) if (validate(tree).length > 0) throw new Error('invalid tree')
  },
  // As `communique export` writes them: compact (`--indent` writes 2.6 times the bytes).
  // Into a new folder every round: replacing files costs more than writing new ones on some file
  // systems (ext4 starts writing a file's data to disk when it is renamed over another).
  'writing trees (JSON)'(round) {
    const target = path.join(folder, `trees-${round}`)
    mkdirSync(target, {recursive: true})
    written = trees.map((tree, index) => {
      const file = path.join(target, `${index}.json`)
      writeFileSync(`${file}.tmp`, `${JSON.stringify(tree)}\n`)
      renameSync(`${file}.tmp`, file)
      return file
    })
  },
  summaries() {
    summaries = trees.map((tree, index) => ({stem: `doc-${index}`, file: `doc-${index}.txt`, tree: summarize(tree)}))
  },
  resolution() {
    corpus = resolve(summaries, {knowledge})
    people.clear()
    for (const person of corpus.people) people.set(person.id, person)
  },
  'reading trees back (AKN pass)'() {
    for (const [index, tree] of trees.entries()) if (tree.kind !== 'news') JSON.parse(readFileSync(written[index], 'utf8'))
  },
  'export: Akoma Ntoso'() {
    for (const [index, tree] of trees.entries()) {
      if (tree.kind === 'news') continue
      const stem = `doc-${index}`
      const local = {}
      for (const [key, id] of Object.entries(corpus.personIndex[stem] ?? {})) local[key] = {id, name: people.get(id).name}
      toAkn(tree, {stem, people: local, knowledge, markupDate: '2026-01-01', onWarning() {}})
    }
  },
  'export: JSON-LD'() {
    serializeJsonLd(corpus)
  },
  'export: CSV'() {
    toAttendeesCsv(corpus)
  },
  async 'full export (one job)'(round) {
    // What the stages above hold is let go first: the export should not pay for marking it.
    trees = []
    summaries = []
    written = []
    corpus = undefined
    // A first export: into a new folder (a re-run, over outputs it leaves as they are, is next).
    const report = await exportDocuments([input], {out: path.join(folder, `out-in-process-${round}`), jobs: 1, markupDate: '2026-01-01'})
    if (report.failed > 0) throw new Error(`${report.failed} documents failed`)
  },
  async [rerunName](round) {
    const report = await exportDocuments([input], {out: path.join(folder, `out-in-process-${round}`), jobs: 1, markupDate: '2026-01-01'})
    if (report.failed > 0) throw new Error(`${report.failed} documents failed`)
  }
}
const wholes = new Set([baselineName, 'tree building (no mentions)', 'full export (one job)', rerunName])

const timings = Object.fromEntries(Object.keys(stages).map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  // Interleaved: every stage once per round, the baseline first and last.
  for (const name of Object.keys(stages)) {
    const start = performance.now()
    await stages[name](round)
    timings[name].push(performance.now() - start)
  }

  const start = performance.now()
  stages[baselineName]()
  timings[baselineName].push(performance.now() - start)
}
trees = []
summaries = []
// The rounds' folders go only now: deleting thousands of files between stages (on a file system
// mounted with online discard, as here) slows the writes of the next ones.
for (let round = 0; round < rounds; round++) {
  rmSync(path.join(folder, `trees-${round}`), {recursive: true, force: true})
  if (round < rounds - 1) rmSync(path.join(folder, `out-in-process-${round}`), {recursive: true, force: true})
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const result = Object.fromEntries(Object.entries(timings).map(([name, list]) => [name, median(list)]))
const baseline = result[baselineName]
const full = result['full export (one job)']
const parts = Object.keys(result).filter((name) => !wholes.has(name))
const partTotal = parts.reduce((total, name) => total + result[name], 0)
// Reading the trees back is left out: with one job, trees within the kept-tree budget are not read back.
const afterParse = partTotal - result['parse (tree + recognition)'] - result['reading trees back (AKN pass)']

const row = (name, time, share = '') =>
  `${name.padEnd(34)} ${time.toFixed(0).padStart(8)} ${(megabytes / (time / 1000)).toFixed(2).padStart(8)} ${(count / (time / 1000)).toFixed(0).padStart(8)} ${(time / baseline).toFixed(2).padStart(7)}× ${share.padStart(6)}`
const lines = [
  `machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, Node ${process.version}`,
  `corpus: ${count} documents, ${megabytes.toFixed(2)} MB; ${rounds} rounds (medians)`,
  '',
  `${'stage'.padEnd(34)} ${'ms'.padStart(8)} ${'MB/s'.padStart(8)} ${'docs/s'.padStart(8)} ${'/remark'.padStart(8)} ${'share'.padStart(6)}`
]
for (const name of Object.keys(result)) lines.push(row(name, result[name], parts.includes(name) ? `${((result[name] / partTotal) * 100).toFixed(1)}%` : ''))
lines.push(
  '',
  `  of which tree building alone: ${(result['tree building (no mentions)'] - baseline).toFixed(0)} ms; recognition alone: ${(result['parse (tree + recognition)'] - result['tree building (no mentions)']).toFixed(0)} ms`,
  `full export (one job) / bare remark-parse: ${(full / baseline).toFixed(2)}×`,
  `  the same export again over its own outputs (nothing changed: every file is left as it is): ${(result[rerunName] / baseline).toFixed(2)}×`,
  // What bounds the ratio from below whatever the recognizers cost: remark-parse itself, and the
  // stages after the parse that every export runs.
  `  stages after the parse (validation, writing, summaries, resolution, exporters): ${(afterParse / baseline).toFixed(2)}×; ` +
    `with remark-parse's own 1×, the export's floor is ${(1 + afterParse / baseline).toFixed(2)}× however cheap tree building and recognition become`,
  `  the export beyond its stages (reading the inputs, decoding, writing Akoma Ntoso and the other files, collecting garbage): ${
    full > partTotal ? `${((full - partTotal) / baseline).toFixed(2)}×` : 'not measured (the stages ran slower than the whole: too few rounds for the JIT to warm up)'
  }`
)
console.log(lines.join('\n'))

// ---------------------------------------------------------------------------------------------
// 3. Parallelism, in fresh processes.

/** Run a script of scripts/bench in a fresh process; its last output line is JSON. */
function child(script, ...args) {
  const output = execFileSync(process.execPath, [path.join(here, 'bench', script), ...args.map(String)], {encoding: 'utf8', maxBuffer: 1 << 26})
  return JSON.parse(output.trim().split('\n').at(-1))
}

// Each child also reports the CPU time of its whole process (every thread): divided by its time, how
// many cores it kept busy. One job keeps more than one busy: V8 collects garbage and compiles on
// threads of its own, which is what a second job has to share the second core with.
const parallel = {one: [], many: [], remarkOne: [], remarkMany: [], rss: [], rssMany: [], busyOne: [], busyMany: [], remarkBusyOne: [], remarkBusyMany: []}
for (let round = 0; round < Math.max(1, Math.min(rounds, 3)); round++) {
  // First exports, into new folders.
  for (const target of ['out-1', `out-${jobs}`]) rmSync(path.join(folder, target), {recursive: true, force: true})
  const one = child('export-child.mjs', input, path.join(folder, 'out-1'), 1)
  const many = child('export-child.mjs', input, path.join(folder, `out-${jobs}`), jobs)
  parallel.one.push(one.milliseconds)
  parallel.many.push(many.milliseconds)
  parallel.rss.push(one.peakRssMegabytes)
  parallel.rssMany.push(many.peakRssMegabytes)
  parallel.busyOne.push(one.cpuMilliseconds / one.milliseconds)
  parallel.busyMany.push(many.cpuMilliseconds / many.milliseconds)
  const remarkOne = child('remark-child.mjs', count, 1)
  const remarkMany = child('remark-child.mjs', count, jobs)
  parallel.remarkOne.push(remarkOne.milliseconds)
  parallel.remarkMany.push(remarkMany.milliseconds)
  parallel.remarkBusyOne.push(remarkOne.cpuMilliseconds / remarkOne.milliseconds)
  parallel.remarkBusyMany.push(remarkMany.cpuMilliseconds / remarkMany.milliseconds)
}
const speedup = median(parallel.one) / median(parallel.many)
const remarkSpeedup = median(parallel.remarkOne) / median(parallel.remarkMany)
const busy = Object.fromEntries(['busyOne', 'busyMany', 'remarkBusyOne', 'remarkBusyMany'].map((name) => [name, median(parallel[name])]))
const identical = sameTree(path.join(folder, 'out-1'), path.join(folder, `out-${jobs}`)) && sameTree(path.join(folder, 'out-1'), path.join(folder, `out-in-process-${rounds - 1}`))
console.log(
  [
    '',
    `full export, fresh process: --jobs 1 ${median(parallel.one).toFixed(0)} ms (peak RSS ${median(parallel.rss).toFixed(0)} MB, ${busy.busyOne.toFixed(2)} cores busy), --jobs ${jobs} ${median(parallel.many).toFixed(0)} ms (peak RSS ${median(parallel.rssMany).toFixed(0)} MB, ${busy.busyMany.toFixed(2)} cores busy)`,
    `--jobs ${jobs} speed-up over --jobs 1: ${speedup.toFixed(2)}× (outputs ${identical ? 'byte-identical' : 'DIFFERENT'})`,
    `the machine's parallel ceiling: bare remark-parse runs ${remarkSpeedup.toFixed(2)}× faster on ${jobs} threads than on one (${busy.remarkBusyOne.toFixed(2)} and ${busy.remarkBusyMany.toFixed(2)} cores busy)`,
    `  (cores busy: the CPU time of every thread of the process over its time; above 1 with one thread, V8's own threads collect garbage and compile on the other cores)`,
    `parallel efficiency (export speed-up / remark-parse's own): ${((speedup / remarkSpeedup) * 100).toFixed(0)}%`
  ].join('\n')
)
if (!identical) process.exitCode = 1

// ---------------------------------------------------------------------------------------------
// 4. One long document.

const longKilobytes = Number(values.long)
const longRuns = []
if (longKilobytes > 0) {
  // The synthetic texts without their first lines (titles, datelines), as paragraphs.
  const bodies = texts.map((text) => text.split('\n').slice(3).join('\n').trim()).filter(Boolean)
  const grow = (size, paragraph) => {
    let text = '# A long document\n\n'
    for (let index = 0; text.length < size; index++) text += paragraph ? `${bodies[index % bodies.length].replace(/\s+/g, ' ')} ` : `${bodies[index % bodies.length]}\n\n`
    return text
  }
  for (const shape of ['one paragraph', 'many paragraphs']) {
    for (const size of [longKilobytes * 1024, longKilobytes * 8 * 1024]) {
      const text = grow(size, shape === 'one paragraph')
      const times = {remark: [], parse: []}
      for (let round = 0; round < Math.max(1, Math.min(rounds, 3)); round++) {
        let start = performance.now()
        processor.parse(text)
        times.remark.push(performance.now() - start)
        start = performance.now()
        parse(new VFile({path: 'long.md', value: text}), {knowledge})
        times.parse.push(performance.now() - start)
      }
      const megabytesOfText = Buffer.byteLength(text) / 1024 / 1024
      longRuns.push({shape, megabytes: megabytesOfText, remarkPerMegabyte: median(times.remark) / megabytesOfText, parsePerMegabyte: median(times.parse) / megabytesOfText})
    }
  }
  console.log(
    [
      '',
      `one long document: parse time per MB as it grows eightfold (1.00 = linear)`,
      `${'shape'.padEnd(16)} ${'MB'.padStart(6)} ${'remark ms/MB'.padStart(13)} ${'parse ms/MB'.padStart(12)} ${'/remark'.padStart(8)}`,
      ...longRuns.map((run) => `${run.shape.padEnd(16)} ${run.megabytes.toFixed(2).padStart(6)} ${run.remarkPerMegabyte.toFixed(0).padStart(13)} ${run.parsePerMegabyte.toFixed(0).padStart(12)} ${(run.parsePerMegabyte / run.remarkPerMegabyte).toFixed(2).padStart(7)}×`),
      ...['one paragraph', 'many paragraphs'].map((shape) => {
        const [small, large] = longRuns.filter((run) => run.shape === shape)
        return `${shape}: parse ms/MB at ${large.megabytes.toFixed(2)} MB / at ${small.megabytes.toFixed(2)} MB: ${(large.parsePerMegabyte / small.parsePerMegabyte).toFixed(2)} (remark-parse: ${(large.remarkPerMegabyte / small.remarkPerMegabyte).toFixed(2)})`
      })
    ].join('\n')
  )
}

// ---------------------------------------------------------------------------------------------
// 5. Scale.

const scaled = []
for (const size of scales) {
  const scaleInput = path.join(folder, `in-${size}`)
  const {bytes: scaleBytes} = writeSynthetic(scaleInput, size)
  for (const scaleJobs of [1, jobs]) {
    const target = path.join(folder, `out-scale-${size}`)
    const run = child('export-child.mjs', scaleInput, target, scaleJobs)
    if (run.failed > 0) throw new Error(`${run.failed} documents failed at scale ${size}`)
    scaled.push({documents: size, jobs: scaleJobs, megabytes: scaleBytes / 1024 / 1024, milliseconds: run.milliseconds, perDocument: run.milliseconds / size, peakRssMegabytes: run.peakRssMegabytes})
    rmSync(target, {recursive: true, force: true})
  }
  rmSync(scaleInput, {recursive: true, force: true})
}
if (scaled.length > 0) {
  console.log(
    [
      '',
      `${'documents'.padStart(10)} ${'jobs'.padStart(5)} ${'MB'.padStart(8)} ${'ms'.padStart(9)} ${'ms/doc'.padStart(8)} ${'peak RSS MB'.padStart(12)}`,
      ...scaled.map((run) => `${String(run.documents).padStart(10)} ${String(run.jobs).padStart(5)} ${run.megabytes.toFixed(1).padStart(8)} ${run.milliseconds.toFixed(0).padStart(9)} ${run.perDocument.toFixed(2).padStart(8)} ${run.peakRssMegabytes.toFixed(0).padStart(12)}`)
    ].join('\n')
  )
}

const reportFile = path.resolve(values.report)
mkdirSync(path.dirname(reportFile), {recursive: true})
writeFileSync(
  reportFile,
  `${JSON.stringify(
    {
      documents: count,
      megabytes,
      rounds,
      cores: availableParallelism(),
      node: process.version,
      milliseconds: result,
      ratio: full / baseline,
      floor: 1 + afterParse / baseline,
      parallel: {jobs, one: median(parallel.one), many: median(parallel.many), speedup, identical, remarkSpeedup, coresBusy: busy, peakRssMegabytes: {one: median(parallel.rss), many: median(parallel.rssMany)}},
      long: longRuns,
      scale: scaled
    },
    null,
    2
  )}\n`
)
rmSync(folder, {recursive: true, force: true})

/** The files under a folder, as sorted relative paths. */
function listFiles(base) {
  return readdirSync(base, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(base, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Whether two folders hold the same files with the same bytes. */
function sameTree(a, b) {
  const files = listFiles(a)
  if (JSON.stringify(files) !== JSON.stringify(listFiles(b))) return false
  return files.every((file) => readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
}
