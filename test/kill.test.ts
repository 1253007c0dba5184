// Crash safety: an export killed with SIGKILL at any moment leaves every output file either as it
// was before or whole (files are written to a temporary file and renamed); the next run cleans up.
import {spawn} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {DOMParser} from '@xmldom/xmldom'
import {parse as parseCsv} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'

const bin = new URL('../packages/cli/dist/bin.js', import.meta.url).pathname
const corpus = new URL('../corpus/', import.meta.url).pathname

function run(cwd: string, killAfter?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'export', 'in', '--out', 'out'], {cwd, stdio: 'ignore'})
    if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter)
    child.on('exit', (code) => resolve(code))
  })
}

/** Every output file that is not a temporary file must parse whole. */
function checkOutputs(out: string): number {
  let checked = 0
  const visit = (folder: string) => {
    if (!existsSync(folder)) return
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        visit(full)
        continue
      }
      if (entry.name.startsWith('.') && entry.name.endsWith('.tmp')) continue
      const text = readFileSync(full, 'utf8')
      if (entry.name.endsWith('.json') || entry.name.endsWith('.jsonld')) expect(() => JSON.parse(text), full).not.toThrow()
      else if (entry.name.endsWith('.xml')) {
        new DOMParser({onError: (level: string, message: string) => {
          if (level !== 'warning') throw new Error(`${full}: ${message}`)
        }}).parseFromString(text, 'text/xml')
      } else if (entry.name.endsWith('.csv')) expect(() => parseCsv(text, {columns: true, bom: true}), full).not.toThrow()
      checked++
    }
  }
  visit(out)
  return checked
}

describe('crash safety', () => {
  it('should leave every file old or whole when killed at any moment, and clean up on the next run', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'communique-kill-'))
    const input = path.join(folder, 'in')
    mkdirSync(input)
    // Enough documents that the run takes a while: the corpus, thirty times over.
    for (let copy = 0; copy < 30; copy++) {
      for (const name of readdirSync(corpus)) cpSync(path.join(corpus, name), path.join(input, `${copy}-${name}`))
    }
    expect(await run(folder)).toBe(0)
    const before = checkOutputs(path.join(folder, 'out'))
    expect(before).toBeGreaterThan(500)
    for (const delay of [150, 400, 700, 1000, 1400, 2000]) {
      await run(folder, delay)
      checkOutputs(path.join(folder, 'out'))
    }
    expect(await run(folder)).toBe(0)
    const leftovers = readdirSync(path.join(folder, 'out', 'documents')).filter((name) => name.endsWith('.tmp'))
    expect(leftovers).toEqual([])
    expect(checkOutputs(path.join(folder, 'out'))).toBe(before)
  }, 180_000)
})
