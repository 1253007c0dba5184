// Copy the official Akoma Ntoso 3.0 schema (and the `xml:` namespace schema it imports by the relative path
// `./xml.xsd`) from the repository's `schemas/akn/` into this package's `schema/` folder, which is published with
// the package so that `validateAkn` finds it at run time. `test/schema-copy.test.ts` fails when the copies drift.
// The vendored files are read-only: write fresh copies (mode 0644) instead of copying the mode along.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'

const from = new URL('../../../schemas/akn/', import.meta.url)
const to = new URL('../schema/', import.meta.url)

mkdirSync(to, {recursive: true})
for (const name of ['akomantoso30.xsd', 'xml.xsd']) {
  const target = new URL(name, to)
  rmSync(target, {force: true})
  writeFileSync(target, readFileSync(new URL(name, from)), {mode: 0o644})
}
