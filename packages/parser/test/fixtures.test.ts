// Fixture folders: `test/fixtures/<case>/input.{md,txt}` → `tree.json` (+ `messages.json`).
// Regenerate on purpose with `UPDATE=1 npx vitest run packages/parser/test/fixtures.test.ts`.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decode, parse} from '@communique/parser'

const root = new URL('fixtures/', import.meta.url)
const update = Boolean(process.env['UPDATE'])

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(`should read \`${name}\` as recorded`, () => {
      const folder = new URL(`${name}/`, root)
      const input = readdirSync(folder).find((file) => file.startsWith('input.'))!
      const file = decode(readFileSync(new URL(input, folder)), input)
      const tree = parse(file)
      const actual = JSON.parse(JSON.stringify(tree)) as unknown
      const messages = file.messages.map((message) => `${message.line}:${message.column}: ${message.reason} [${message.ruleId}]`)
      const treeUrl = new URL('tree.json', folder)
      const messagesUrl = new URL('messages.json', folder)
      if (update || !existsSync(treeUrl)) writeFileSync(treeUrl, `${JSON.stringify(actual, null, 2)}\n`)
      if (update || !existsSync(messagesUrl)) writeFileSync(messagesUrl, `${JSON.stringify(messages, null, 2)}\n`)
      expect(actual).toEqual(JSON.parse(readFileSync(treeUrl, 'utf8')))
      expect(messages).toEqual(JSON.parse(readFileSync(messagesUrl, 'utf8')))
    })
  }
})
