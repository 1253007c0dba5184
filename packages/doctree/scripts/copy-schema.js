// Copy the tree's JSON Schema from the repository's `schemas/` into this package (published as
// `@communique/doctree/schema.json`). `test/schema-copy.test.ts` fails when the two differ.
import {copyFileSync, mkdirSync} from 'node:fs'

mkdirSync(new URL('../dist/', import.meta.url), {recursive: true})
copyFileSync(new URL('../../../schemas/document.schema.json', import.meta.url), new URL('../schema.json', import.meta.url))
