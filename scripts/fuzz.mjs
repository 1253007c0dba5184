// Fuzz run of the property tests (`npm run fuzz`): runs `vitest run test/properties` with `FUZZ_RUNS` cases per
// property (default 10,000; some properties take a share of it, see their `fuzz` weight) and one seed for all of
// them (`FUZZ_SEED`, default: a fresh one), shows vitest's output, then sums up the `[property]` lines the tests
// print: cases per property, time, and failures (with the failure classes a failing property's survey found).
//
//   npm run fuzz
//   FUZZ_RUNS=50000 FUZZ_SEED=12345 npm run fuzz
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = Math.max(1, Math.floor(Number(process.env.FUZZ_RUNS ?? '10000')) || 10_000)
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) | 0 : Date.now() % 2_147_483_647 | 0
const started = Date.now()

console.log(`fuzz: ${runs} cases per property, seed ${seed} (rerun with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz)\n`)

const child = spawn(
  process.execPath,
  [fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url)), 'run', 'test/properties', '--exclude', 'test/properties/regressions.test.ts', ...process.argv.slice(2)],
  {cwd: root, env: {...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), NO_COLOR: '1', FORCE_COLOR: '0'}, stdio: ['inherit', 'pipe', 'pipe']}
)

let output = ''
child.stdout.on('data', (chunk) => {
  output += chunk
  process.stdout.write(chunk)
})
child.stderr.on('data', (chunk) => process.stderr.write(chunk))

child.on('close', (code) => {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001B\[[0-9;]*m/g, '').split('\n')
  const properties = []
  const classes = []
  for (const line of lines) {
    const at = line.indexOf('[property] ')
    if (at !== -1) {
      const fields = line.slice(at + '[property] '.length).split(' | ')
      const get = (key) => fields.find((field) => field.startsWith(`${key}=`))?.slice(key.length + 1)
      properties.push({name: fields[0], cases: Number(get('cases') ?? 0), ms: Number(get('ms') ?? 0), status: fields.find((field) => field === 'ok' || field.startsWith('FAILED')) ?? '?'})
    }
    const classAt = line.indexOf('[failure-class] ')
    if (classAt !== -1) classes.push(line.slice(classAt + '[failure-class] '.length))
  }

  const total = properties.reduce((sum, item) => sum + item.cases, 0)
  console.log('\n==================== fuzz summary ====================')
  console.log(`seed ${seed}, FUZZ_RUNS ${runs}, wall time ${Math.round((Date.now() - started) / 1000)} s`)
  for (const item of properties) {
    console.log(`${String(item.cases).padStart(7)} cases ${String(Math.round(item.ms / 1000)).padStart(5)} s  ${item.status.padEnd(24)} ${item.name}`)
  }
  console.log(`${String(total).padStart(7)} cases in total over ${properties.length} properties`)
  if (classes.length > 0) {
    console.log('\nfailure classes found by the surveys of failing properties (see the full output above for the shortest inputs):')
    for (const item of classes) console.log(`  ${item}`)
  }
  process.exitCode = code ?? 1
})
