// House rules from STYLE.md that a linter would check: named exports only, `index.ts` only
// re-exports, every package has a README with the common skeleton, no corpus names in library code.
import {readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const packages = new URL('../packages/', import.meta.url)
const names = readdirSync(packages).filter((name) => statSync(new URL(name, packages)).isDirectory())

function sources(folder: string): string[] {
  const result: string[] = []
  const stack = [folder]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const entry of readdirSync(current, {withFileTypes: true})) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) stack.push(full)
      else if (entry.name.endsWith('.ts')) result.push(full)
    }
  }
  return result.sort()
}

describe('house style', () => {
  for (const name of names) {
    const src = new URL(`${name}/src/`, packages).pathname

    it(`${name}: has no default export`, () => {
      const offenders = sources(src).filter((file) => /^\s*export\s+default\b/m.test(readFileSync(file, 'utf8')))
      expect(offenders).toEqual([])
    })

    it(`${name}: index.ts only re-exports`, () => {
      // Statements may span lines: join each `export … from '…'` before checking.
      const statements = readFileSync(path.join(src, 'index.ts'), 'utf8')
        .split(/(?<=from '[^']+')\s*\n/)
        .map((statement) => statement.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
      const others = statements.filter((line) => !/^export (?:type )?(?:\*|\{[^}]*\}) from '[^']+'$/.test(line))
      expect(others).toEqual([])
    })

    it(`${name}: has a README with the common skeleton`, () => {
      const readme = readFileSync(new URL(`${name}/README.md`, packages), 'utf8')
      for (const heading of ['## What is this?', '## When should I use this?', '## Install', '## Use', '## API', '## Types', '## Compatibility', '## Security']) {
        expect(readme, `${name}/README.md: ${heading}`).toContain(heading)
      }
    })

    it(`${name}: names no person from the corpus in library code`, () => {
      const people = /bayramov|cavusoglu|çavuşoğlu|tleuberdi|tileuberdi|kazakba[ey]|kamilov|szijj|meredov|amreyev|tokayev|smailov|mammadyarov|aidarbekov/i
      const offenders = sources(src).filter((file) => people.test(readFileSync(file, 'utf8')))
      expect(offenders).toEqual([])
    })
  }
})
