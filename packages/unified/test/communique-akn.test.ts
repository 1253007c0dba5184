import {toAkn, validateAkn} from '@communique/export-akn'
import {parse} from '@communique/parser'
import {communiqueAkn, remarkCommunique} from '@communique/unified'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fixture, messages} from './helpers.js'

const markupDate = '2026-01-31'
const processor = unified().use(remarkParse).use(remarkCommunique).use(communiqueAkn, {markupDate})

describe('communiqueAkn', () => {
  it('should compile to the AKN `toAkn` gives, which the schema accepts', async () => {
    const file = await processor.process(fixture('statement.md'))
    const xml = String(file)
    expect(xml).toBe(toAkn(parse(fixture('statement.md')), {stem: 'statement', markupDate}))
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n')).toBe(true)
    expect(xml).toContain('<FRBRalias name="stem" value="statement"/>')
    expect(await validateAkn(xml)).toEqual([])
    expect(file.messages).toEqual([])
  })

  it('should take the stem from the options, else the file, else `document`', async () => {
    const named = await unified().use(remarkParse).use(remarkCommunique).use(communiqueAkn, {markupDate, stem: '002_joint'}).process(fixture('statement.md'))
    expect(String(named)).toContain('<FRBRalias name="stem" value="002_joint"/>')
    const anonymous = await processor.process(new VFile({value: String(fixture('statement.md').value)}))
    expect(String(anonymous)).toContain('<FRBRalias name="stem" value="document"/>')
  })

  it('should add `toAkn`’s repairs to the file as warnings', async () => {
    const file = await processor.process(fixture('statement.md', (value) => value.replace('every year', 'every\u0001 year')))
    expect(String(file)).toContain('To hold consultations every year in')
    expect(messages(file)).toEqual([
      {
        name: 'statement.md:1:1',
        reason: 'Removed 1 character that XML 1.0 does not allow (U+0001) from the text of `statement`',
        place: undefined,
        ruleId: 'akn-repair',
        source: 'communique-unified',
        fatal: false
      }
    ])
    expect(await validateAkn(String(file))).toEqual([])
  })

  it('should fail the file w/ a tree `toAkn` cannot export', async () => {
    const file = new VFile({path: 'news.md', value: 'BAKU, Azerbaijan, Jan. 11\n\nThe minister said so, Trend reports.\n'})
    const reason = 'Cannot export `news` document `news` as Akoma Ntoso: only statements and speeches are exported (news reports are not AKN documents)'
    const rejection = await processor.process(file).then(
      () => undefined,
      (error: unknown) => error
    )
    // The rejection is the fatal message added to the file, with `toAkn`’s error as its cause.
    expect(rejection).toBe(file.messages.at(-1))
    expect(file.messages.at(-1)?.cause).toBeInstanceOf(Error)
    expect(messages(file).at(-1)).toEqual({name: 'news.md:1:1', reason, place: undefined, ruleId: 'akn-failed', source: 'communique-unified', fatal: true})
  })
})
