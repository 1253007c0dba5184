import {parse} from '@communique/parser'
import {communique, remarkCommunique} from '@communique/unified'
import {describe, expect, it} from 'vitest'
import {fixture, messages} from './helpers.js'

describe('communique', () => {
  it('should process a file to JSON equal to the tree, w/ the parser’s messages', async () => {
    const file = await communique.process(fixture('unclosed.md'))
    const reference = fixture('unclosed.md')
    expect(JSON.parse(String(file))).toEqual(parse(reference))
    expect(String(file).endsWith('}\n')).toBe(true)
    expect(messages(file)).toEqual(messages(reference))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unclosed-quote'])
  })

  it('should validate the tree, adding the validator’s messages', async () => {
    // An invalid kind makes an invalid tree; the run still gives the JSON.
    const file = await communique()
      .use(remarkCommunique, {kind: 'memo' as never})
      .process(fixture('statement.md'))
    expect((JSON.parse(String(file)) as {kind: string}).kind).toBe('memo')
    expect(messages(file)).toEqual([
      {
        name: 'statement.md:1:1-11:1',
        reason: 'Invalid `document` node at `/kind`: must be one of `statement`, `speech`, `news`',
        place: {start: {line: 1, column: 1, offset: 0}, end: {line: 11, column: 1, offset: 317}},
        ruleId: 'schema-enum',
        source: 'communique-validator',
        fatal: true
      }
    ])
  })

  it('should give an unfrozen copy when called', async () => {
    const file = await communique().use(remarkCommunique, {kind: 'speech'}).process(fixture('statement.md'))
    expect(JSON.parse(String(file))).toEqual(parse(fixture('statement.md'), {kind: 'speech'}))
    expect((JSON.parse(String(file)) as {kind: string}).kind).toBe('speech')
  })
})
