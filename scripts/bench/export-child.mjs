// One export in a fresh process, for the benchmark: its time and its own peak memory (worker threads
// included), free of what the benchmark process holds.
//
//   node scripts/bench/export-child.mjs IN OUT JOBS  → prints {"milliseconds", "cpuMilliseconds", "peakRssMegabytes", "failed", "documents"}
//
// cpuMilliseconds: the CPU time of the whole process over the export (user and system, every thread).
import {exportDocuments} from '../../packages/cli/dist/index.js'

const [input, out, jobs] = process.argv.slice(2)
const start = performance.now()
const cpu = process.cpuUsage()
const report = await exportDocuments([input], {out, jobs: Number(jobs), markupDate: '2026-01-01'})
const milliseconds = performance.now() - start
const used = process.cpuUsage(cpu)
console.log(JSON.stringify({milliseconds, cpuMilliseconds: (used.user + used.system) / 1000, peakRssMegabytes: process.resourceUsage().maxRSS / 1024, failed: report.failed, documents: report.documents.length}))
