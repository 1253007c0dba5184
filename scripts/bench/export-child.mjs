// One export in a fresh process, for the benchmark: its time and its own peak memory (worker threads
// included), free of what the benchmark process holds.
//
//   node scripts/bench/export-child.mjs IN OUT JOBS  → prints {"milliseconds", "peakRssMegabytes", "failed", "documents"}
import {exportDocuments} from '../../packages/cli/dist/index.js'

const [input, out, jobs] = process.argv.slice(2)
const start = performance.now()
const report = await exportDocuments([input], {out, jobs: Number(jobs), markupDate: '2026-01-01'})
const milliseconds = performance.now() - start
console.log(JSON.stringify({milliseconds, peakRssMegabytes: process.resourceUsage().maxRSS / 1024, failed: report.failed, documents: report.documents.length}))
