// `npm run bench`: the toolkit's speed and memory, as ratios against bare remark-parse over the
// same bytes, measured in the same process run, interleaved.
//
//   node scripts/bench.mjs [--docs N] [--rounds R] [--jobs J] [--report FILE]
//
// Builds a synthetic corpus of N documents (default 2000, about 5 MB) from the corpus texts, with
// varied names, dates and people so that entity resolution has real work; then times, per round:
// (a) bare `unified().use(remarkParse).parse()` over the same texts, (b) the full export
// (`exportDocuments`: read, parse, validate, resolve, export, write), and (c) each stage alone.
// Prints throughput (MB/s, docs/s), the ratio (b)/(a), each stage's share and peak RSS, and writes
// a JSON report (default bench/.output/report.json).
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {Worker} from 'node:worker_threads'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {exportDocuments} from '../packages/cli/dist/index.js'
import {parse} from '../packages/parser/dist/index.js'
import {validate} from '../packages/validator/dist/index.js'
import {resolve} from '../packages/resolver/dist/index.js'
import {toAkn} from '../packages/export-akn/dist/index.js'
import {serializeJsonLd} from '../packages/export-jsonld/dist/index.js'
import {toAttendeesCsv} from '../packages/export-csv/dist/index.js'

const {values} = parseArgs({
  options: {
    docs: {type: 'string', default: '2000'},
    rounds: {type: 'string', default: '3'},
    jobs: {type: 'string', default: '1'},
    report: {type: 'string', default: 'bench/.output/report.json'}
  }
})
const count = Number(values.docs)
const rounds = Number(values.rounds)
const jobs = Number(values.jobs)

// ---------------------------------------------------------------------------------------------
// The synthetic corpus: real texts, with people, places and dates varied per document.

const corpusFolder = new URL('../corpus/', import.meta.url)
const sources = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, corpusFolder), 'utf8'))

const given = ['Amina', 'Boris', 'Chen', 'Dilnoza', 'Emre', 'Farida', 'Goran', 'Hana', 'Ilyas', 'Jana', 'Kemal', 'Leila', 'Marat', 'Nodira', 'Oleg', 'Parisa']
const family = ['Abenova', 'Barzani', 'Celik', 'Dzhaparov', 'Erkin', 'Fayzulla', 'Gurbanov', 'Hasanli', 'Iskakov', 'Juraev', 'Kasymov', 'Latipov', 'Mirzoev', 'Nurlanov', 'Orazov', 'Polat']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A person-like name for slot `index` of document `document` (people recur across documents). */
function nameOf(document, index) {
  const seed = (document * 7 + index * 13) % (given.length * family.length)
  return `${given[seed % given.length]} ${family[Math.floor(seed / given.length) % family.length]}`
}

const capitalisedPair = /\b([A-Z][a-zçşğıöüé]+(?:-[A-Z][a-z]+)?) ([A-Z][a-zçşğıöüé]{3,})\b(?= (?:said|added|noted|stressed|,|Minister|Deputy|Secretary))/g

function variant(text, document) {
  let slot = 0
  const names = new Map()
  let result = text.replace(capitalisedPair, (whole) => {
    if (!names.has(whole)) names.set(whole, nameOf(document, slot++))
    return names.get(whole)
  })
  const year = 2000 + (document % 25)
  result = result.replace(/\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (20\d\d)\b/g, (_all, day, _month, _year) => `${day} ${months[document % 12]} ${year}`)
  result = result.replace(/\b(20\d\d)-(\d\d)-(\d\d)\b/g, () => `${year}-${String((document % 12) + 1).padStart(2, '0')}-11`)
  return result
}

const texts = Array.from({length: count}, (_, index) => variant(sources[index % sources.length], index))
const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text), 0)
const megabytes = bytes / 1024 / 1024
const folder = mkdtempSync(path.join(tmpdir(), 'communique-bench-'))
const input = path.join(folder, 'in')
mkdirSync(input)
texts.forEach((text, index) => writeFileSync(path.join(input, `doc-${String(index).padStart(6, '0')}.txt`), text))

// ---------------------------------------------------------------------------------------------
// Stages.

const processor = unified().use(remarkParse)
const trees = []
let corpus

const stages = {
  'remark-parse (baseline)'() {
    for (const text of texts) processor.parse(text)
  },
  'parse to mdast'() {
    for (const text of texts) processor.parse(text.replace(/^\uFEFF/, ''))
  },
  'tree building (no mentions)'() {
    for (const [index, text] of texts.entries()) parse(new VFile({path: `${index}.txt`, value: text}), {mentions: false})
  },
  'tree building + recognition'() {
    trees.length = 0
    for (const [index, text] of texts.entries()) trees.push(parse(new VFile({path: `${index}.txt`, value: text})))
  },
  validation() {
    for (const tree of trees) validate(JSON.parse(JSON.stringify(tree)))
  },
  resolution() {
    corpus = resolve(trees.map((tree, index) => ({stem: `doc-${index}`, file: `doc-${index}.txt`, tree})))
  },
  'export: Akoma Ntoso'() {
    for (const [index, tree] of trees.entries()) if (tree.kind !== 'news') toAkn(tree, {stem: `doc-${index}`, markupDate: '2026-01-01'})
  },
  'export: JSON-LD'() {
    serializeJsonLd(corpus)
  },
  'export: CSV'() {
    toAttendeesCsv(corpus)
  },
  async 'full export'() {
    const report = await exportDocuments([input], {out: path.join(folder, 'out-1'), jobs: 1, markupDate: '2026-01-01'})
    if (report.failed > 0) throw new Error(`${report.failed} documents failed`)
  }
}
if (jobs > 1) {
  stages[`full export, --jobs ${jobs}`] = async () => {
    const report = await exportDocuments([input], {out: path.join(folder, `out-${jobs}`), jobs, markupDate: '2026-01-01'})
    if (report.failed > 0) throw new Error(`${report.failed} documents failed`)
  }
}

// How much parallel CPU the machine really gives: the same busy loop on 1 thread, then on `jobs`
// threads at once. A ratio near `jobs` means real cores; near 1, threads share one core's time.
async function parallelCapacity(threads) {
  const code = 'const {parentPort} = require("node:worker_threads"); let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; parentPort.postMessage(x)'
  const time = async (threadCount) => {
    const start = performance.now()
    await Promise.all(Array.from({length: threadCount}, () => new Promise((done, fail) => {
      const worker = new Worker(code, {eval: true})
      worker.once('message', () => worker.terminate().then(done, fail))
      worker.once('error', fail)
    })))
    return performance.now() - start
  }
  const one = await time(1)
  const many = await time(threads)
  return (threads * one) / many
}
const capacity = await parallelCapacity(Math.max(jobs, 2))

const timings = Object.fromEntries(Object.keys(stages).map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  // Interleaved: every stage once per round, baseline first and last.
  for (const name of Object.keys(stages)) {
    const start = performance.now()
    await stages[name]()
    timings[name].push(performance.now() - start)
  }
  const start = performance.now()
  stages['remark-parse (baseline)']()
  timings['remark-parse (baseline)'].push(performance.now() - start)
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const result = Object.fromEntries(Object.entries(timings).map(([name, list]) => [name, median(list)]))
const baseline = result['remark-parse (baseline)']
const full = result['full export']
const partial = Object.entries(result).filter(([name]) => !name.startsWith('full export') && !['remark-parse (baseline)', 'parse to mdast', 'tree building (no mentions)'].includes(name))
const stageTotal = partial.reduce((total, [, time]) => total + time, 0)

const lines = [
  `machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores (measured parallel capacity: ${capacity.toFixed(2)} cores), Node ${process.version}`,
  `corpus: ${count} documents, ${megabytes.toFixed(2)} MB; ${rounds} rounds (medians); --jobs ${jobs}`,
  '',
  `${'stage'.padEnd(32)} ${'ms'.padStart(9)} ${'MB/s'.padStart(8)} ${'docs/s'.padStart(9)} ${'share'.padStart(7)}`
]
for (const [name, time] of Object.entries(result)) {
  const share = partial.some(([other]) => other === name) ? `${((time / stageTotal) * 100).toFixed(1)}%` : ''
  lines.push(`${name.padEnd(32)} ${time.toFixed(0).padStart(9)} ${(megabytes / (time / 1000)).toFixed(2).padStart(8)} ${(count / (time / 1000)).toFixed(0).padStart(9)} ${share.padStart(7)}`)
}
const rss = process.resourceUsage().maxRSS / 1024
lines.push('', `full export / bare remark-parse: ${(full / baseline).toFixed(2)}×`)
let speedup = null
let identical = null
if (jobs > 1) {
  speedup = full / result[`full export, --jobs ${jobs}`]
  identical = sameTree(path.join(folder, 'out-1'), path.join(folder, `out-${jobs}`))
  lines.push(`--jobs ${jobs} speed-up over --jobs 1: ${speedup.toFixed(2)}× (outputs ${identical ? 'byte-identical' : 'DIFFERENT'})`)
  if (!identical) process.exitCode = 1
}
lines.push(`peak RSS: ${rss.toFixed(0)} MB`)
console.log(lines.join('\n'))

const reportFile = path.resolve(values.report)
mkdirSync(path.dirname(reportFile), {recursive: true})
writeFileSync(
  reportFile,
  `${JSON.stringify({documents: count, megabytes, rounds, jobs, cores: availableParallelism(), parallelCapacity: capacity, node: process.version, milliseconds: result, ratio: full / baseline, speedup, identical, peakRssMegabytes: rss}, null, 2)}\n`
)
rmSync(folder, {recursive: true, force: true})

/** The files under a folder, as sorted relative paths. */
function listFiles(base) {
  return readdirSync(base, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile()).map((entry) => path.relative(base, path.join(entry.parentPath, entry.name))).sort()
}

/** Whether two folders hold the same files with the same bytes. */
function sameTree(a, b) {
  const files = listFiles(a)
  if (JSON.stringify(files) !== JSON.stringify(listFiles(b))) return false
  return files.every((file) => readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
}
