// Run settings of the property tests: a fixed seed and small run counts in `npm test`; `FUZZ_RUNS` (cases per
// property) and `FUZZ_SEED` raise them for `npm run fuzz`. Every property prints one `[property]` line with its
// case count, time and seed, which `scripts/fuzz.mjs` sums up. In a fuzz run, a property that fails goes on
// after the (shrunk) counterexample: the rest of its cases are run as a survey that groups failures by the
// shape of their error message and prints the shortest input of each group (`[failure-class]` lines).
import * as fc from 'fast-check'
import {it} from 'vitest'

/** Cases per property in a fuzz run (`FUZZ_RUNS`), or 0 in the ordinary seeded run. */
export const fuzzRuns: number = Math.max(0, Math.floor(Number(process.env['FUZZ_RUNS'] ?? '0')) || 0)

/** Whether this is a fuzz run. */
export const fuzzing: boolean = fuzzRuns > 0

/** The seed: `FUZZ_SEED`, else a fixed one in the ordinary run and a fresh one in a fuzz run. */
export const seed: number = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) | 0 : fuzzing ? (Date.now() % 2_147_483_647) | 0 : 20_260_131

/** How many cases a property gets. */
export interface Runs {
  /** Cases in the ordinary seeded run. */
  small: number
  /** Share of `FUZZ_RUNS` in a fuzz run (default 1). */
  fuzz?: number
}

/**
 * The number of cases of a property in this run.
 *
 * @param runs
 *   Run counts.
 * @returns
 *   Number of cases.
 */
export function numRuns(runs: Readonly<Runs>): number {
  return fuzzing ? Math.max(1, Math.round(fuzzRuns * (runs.fuzz ?? 1))) : runs.small
}

/** Timeout of one property test: generous, and unlimited in practice in a fuzz run. */
const timeout = fuzzing ? 12 * 60 * 60 * 1000 : 120_000

/**
 * The message of a thrown value.
 *
 * @param error
 *   Thrown value.
 * @returns
 *   Its message (with the stack when there is one).
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

/**
 * The shape of an error message: its first two lines with quoted parts, code spans, tree paths and numbers
 * blanked, so that failures of one kind group together.
 *
 * @param message
 *   Message.
 * @returns
 *   Signature.
 */
export function signature(message: string): string {
  return message
    .split('\n')
    .slice(0, 2)
    .join(' | ')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/`[^`]*`/g, '`…`')
    .replace(/(\/children\/\d+)+/g, '/…')
    .replace(/\d+/g, 'N')
    .slice(0, 240)
}

/** Failures of one shape seen in a survey. */
interface FailureClass {
  count: number
  input: unknown
  size: number
  message: string
}

/** Groups failures by signature, keeping the shortest input of each group. */
class Survey {
  readonly classes = new Map<string, FailureClass>()
  cases = 0

  add(input: unknown, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error)
    const key = signature(message)
    const size = JSON.stringify(input)?.length ?? 0
    const known = this.classes.get(key)
    if (!known) this.classes.set(key, {count: 1, input, size, message})
    else {
      known.count++
      if (size < known.size) Object.assign(known, {input, size, message})
    }
  }

  print(name: string): void {
    const sorted = [...this.classes.entries()].sort((a, b) => b[1].count - a[1].count)
    console.log(`[survey] ${name} | cases=${this.cases} | failing=${sorted.reduce((sum, [, value]) => sum + value.count, 0)} | classes=${sorted.length}`)
    for (const [key, value] of sorted) {
      console.log(`[failure-class] ${name} | count=${value.count} | ${key}\n  shortest input: ${JSON.stringify(value.input)}\n  error: ${value.message.slice(0, 600)}`)
    }
  }
}

function report<T>(name: string, details: fc.RunDetails<T>, started: number, extra: string, survey: Survey | undefined): void {
  const time = Math.round(performance.now() - started)
  const status = details.failed ? `FAILED after ${details.numShrinks} shrinks` : 'ok'
  const cases = details.numRuns + (survey?.cases ?? 0)
  console.log(`[property] ${name} | cases=${cases} | skipped=${details.numSkips} | ms=${time} | seed=${details.seed} | ${status}${extra}`)
  if (details.failed) {
    console.log(`[counterexample] ${name} | ${JSON.stringify(details.counterexample)}`)
    console.log(`[error] ${name} | ${errorMessage(details.errorInstance)}`)
  }
  survey?.print(name)
}

/**
 * Define a test that checks a synchronous property over generated values.
 *
 * @param name
 *   Test name.
 * @param arbitrary
 *   The values.
 * @param check
 *   Throws when the property does not hold for a value.
 * @param runs
 *   Run counts.
 * @param extra
 *   Returns more to print on the `[property]` line (optional).
 */
export function property<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void, runs: Readonly<Runs>, extra?: () => string): void {
  it(
    name,
    () => {
      const started = performance.now()
      const total = numRuns(runs)
      const details = fc.check(fc.property(arbitrary, (value) => check(value)), {seed, numRuns: total})
      let survey: Survey | undefined
      if (details.failed && fuzzing && total > details.numRuns) {
        survey = new Survey()
        for (const value of fc.sample(arbitrary, {seed: seed + 1, numRuns: total - details.numRuns})) {
          survey.cases++
          try {
            check(value)
          } catch (error) {
            survey.add(value, error)
          }
        }
      }
      report(name, details, started, extra ? ` | ${extra()}` : '', survey)
      if (details.failed) throw new Error(`${fc.defaultReportMessage(details) ?? `Property ${name} failed`}\n\nError of the counterexample: ${errorMessage(details.errorInstance)}`)
    },
    timeout
  )
}

/**
 * Define a test that checks an asynchronous property over generated values.
 *
 * @param name
 *   Test name.
 * @param arbitrary
 *   The values.
 * @param check
 *   Rejects when the property does not hold for a value.
 * @param runs
 *   Run counts.
 * @param extra
 *   Returns more to print on the `[property]` line (optional).
 */
export function asyncProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, runs: Readonly<Runs>, extra?: () => string): void {
  it(
    name,
    async () => {
      const started = performance.now()
      const total = numRuns(runs)
      const details = await fc.check(fc.asyncProperty(arbitrary, (value) => check(value)), {seed, numRuns: total})
      let survey: Survey | undefined
      if (details.failed && fuzzing && total > details.numRuns) {
        survey = new Survey()
        for (const value of fc.sample(arbitrary, {seed: seed + 1, numRuns: total - details.numRuns})) {
          survey.cases++
          try {
            await check(value)
          } catch (error) {
            survey.add(value, error)
          }
        }
      }
      report(name, details, started, extra ? ` | ${extra()}` : '', survey)
      if (details.failed) throw new Error(`${(await fc.asyncDefaultReportMessage(details)) ?? `Property ${name} failed`}\n\nError of the counterexample: ${errorMessage(details.errorInstance)}`)
    },
    timeout
  )
}
