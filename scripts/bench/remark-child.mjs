// Bare remark-parse over a synthetic corpus, split over THREADS worker threads (1: this thread), for
// the benchmark's parallel ceiling: how much faster this machine runs the baseline itself in parallel.
//
//   node scripts/bench/remark-child.mjs COUNT THREADS  → prints {"milliseconds", "cpuMilliseconds"}
//
// cpuMilliseconds: the CPU time of the whole process over the parse (user and system, every thread).
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {syntheticTexts} from './synthetic.mjs'

if (isMainThread) {
  const [count, threads] = process.argv.slice(2).map(Number)
  const texts = syntheticTexts(count)
  // Warm up in every thread, then time the parse only (not thread start-up).
  const workers = Array.from({length: threads}, (_, index) => new Worker(new URL(import.meta.url), {workerData: texts.filter((_text, position) => position % threads === index)}))
  await Promise.all(workers.map((worker) => new Promise((done) => worker.once('message', done))))
  const start = performance.now()
  const cpu = process.cpuUsage()
  for (const worker of workers) worker.postMessage('go', [])
  await Promise.all(workers.map((worker) => new Promise((done) => worker.once('message', done))))
  const milliseconds = performance.now() - start
  const used = process.cpuUsage(cpu)
  await Promise.all(workers.map((worker) => worker.terminate()))
  console.log(JSON.stringify({milliseconds, cpuMilliseconds: (used.user + used.system) / 1000}))
} else {
  const processor = unified().use(remarkParse)
  const texts = workerData
  for (const text of texts.slice(0, 50)) processor.parse(text)
  parentPort.postMessage('ready', [])
  parentPort.once('message', () => {
    for (const text of texts) processor.parse(text)
    parentPort.postMessage('done', [])
  })
}
