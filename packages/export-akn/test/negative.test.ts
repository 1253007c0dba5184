// Broken documents fail with the schema's own messages; bad input fails with the exact messages.
import {document, text} from '@communique/doctree'
import type {Document} from '@communique/doctree'
import {checkReferences, toAkn, validateAkn} from '@communique/export-akn'
import {describe, expect, it} from 'vitest'
import {exportOf, markupDate, treeOf} from './helpers.js'

const stem = '002_587fe20fba9a8e01'
const messages = async (xml: string) => (await validateAkn(xml)).map((message) => message.message)

describe('validateAkn on broken documents', () => {
  it('should accept the export as it is (the baseline of the cases below)', async () => {
    expect(await validateAkn(exportOf(stem))).toEqual([])
  })

  it('should reject a duplicate eId with the identity-constraint message', async () => {
    const xml = exportOf(stem).replace('<paragraph eId="para_2">', '<paragraph eId="para_1">')
    const errors = await validateAkn(xml)
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain("Duplicate key-sequence ['para_1'] in unique identity-constraint")
    const lines = xml.split('\n').flatMap((line, index) => (line.includes('<paragraph eId="para_1">') ? [index + 1] : []))
    expect(errors[0]!.line).toBe(lines[1])
    expect(checkReferences(xml)).toEqual(['Duplicate eId `para_1` on <paragraph>'])
  })

  it('should reject a year-only date (the strict schema wants a full xsd:date)', async () => {
    const xml = exportOf(stem).replace('<FRBRdate date="2022-01-11" name="adoption"/>', '<FRBRdate date="2022" name="adoption"/>')
    expect(await messages(xml)).toEqual([expect.stringContaining("attribute 'date': '2022' is not a valid value of the local union type")])
  })

  it('should reject a year-only inline date too', async () => {
    const xml = exportOf(stem).replace('date="2009-10-03">', 'date="2009">')
    expect(await messages(xml)).toEqual([expect.stringContaining("'2009' is not a valid value of the local union type")])
  })

  it('should reject a statement without mainBody', async () => {
    const xml = exportOf(stem).replace(/<mainBody>[\s\S]*<\/mainBody>/, '')
    expect(await messages(xml)).toEqual([expect.stringMatching(/conclusions': This element is not expected\. Expected is .*mainBody/)])
  })

  it('should reject FRBR elements out of schema order', async () => {
    const xml = exportOf(stem).replace(/(<FRBRcountry value="xx-ots"\/>)(\s*)(<FRBRsubtype value="deliberation"\/>)/, '$3$2$1')
    expect(await messages(xml)).toEqual([expect.stringContaining('FRBRsubtype')])
  })

  it('should report malformed XML with its place', async () => {
    const errors = await validateAkn('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<statement>\n</akomaNtoso>')
    expect(errors[0]).toMatchObject({line: 3, message: expect.stringContaining('Opening and ending tag mismatch: statement')})
  })

  it('should leave reference integrity to checkReferences (the schema does not check it)', async () => {
    const xml = exportOf(stem).replace('<location eId="para_2__p_1__location_1" refersTo="#kazakhstan">', '<location eId="para_2__p_1__location_1" refersTo="#atlantis">')
    expect(await validateAkn(xml)).toEqual([])
    expect(checkReferences(xml)).toEqual(['Unresolved reference `#atlantis` in @refersTo of <location eId="para_2__p_1__location_1">'])
  })

  it('should check that a reference points to the right kind of TLC', () => {
    const xml = exportOf(stem).replace('<location eId="para_2__p_1__location_1" refersTo="#kazakhstan">', '<location eId="para_2__p_1__location_1" refersTo="#ots">')
    expect(checkReferences(xml)).toEqual(['Reference `#ots` in @refersTo of <location eId="para_2__p_1__location_1"> points to <TLCOrganization>, expected <TLCLocation>'])
  })
})

describe('toAkn on bad input', () => {
  it('should throw on a node of an unknown type, with the exact message', () => {
    const tree = document('statement', [{type: 'paragraph', children: [text('Hello '), {type: 'mystery', children: []} as never]}])
    expect(() => toAkn(tree, {stem: 'unknown', markupDate})).toThrow(new Error('Cannot export unknown node `mystery`'))
  })

  it('should throw on a block of an unknown type', () => {
    const tree = document('speech', [{type: 'table', children: []} as never])
    expect(() => toAkn(tree, {stem: 'unknown', markupDate})).toThrow(new Error('Cannot export unknown node `table`'))
  })

  it('should throw on a news tree', () => {
    const tree = treeOf('000_d0cde2db8aede425')
    expect(tree.kind).toBe('news')
    expect(() => toAkn(tree, {stem: '000_d0cde2db8aede425', markupDate})).toThrow(
      'Cannot export `news` document `000_d0cde2db8aede425` as Akoma Ntoso: only statements and speeches are exported (news reports are not AKN documents)'
    )
  })

  it('should throw on something that is not a document tree', () => {
    expect(() => toAkn({type: 'paragraph', children: []} as unknown as Document, {stem: 'x'})).toThrow('Cannot export `paragraph` as Akoma Ntoso: expected a document tree')
  })

  it('should validate options once, naming the bad one', () => {
    const tree = document('statement')
    expect(() => toAkn(tree, {stem: ''})).toThrow('Invalid `stem` ``')
    expect(() => toAkn(tree, {stem: 'x', markupDate: '2022'})).toThrow('Invalid `markupDate` `2022`: expected a date `YYYY-MM-DD`')
    expect(() => toAkn(tree, {stem: 'x', markupDate: '2022-02-30'})).toThrow('Invalid `markupDate`')
    expect(() => toAkn(tree, {stem: 'x', language: 'en'})).toThrow('Invalid `language` `en`')
    expect(() => toAkn(tree, {stem: 'x', jurisdiction: 'OTS'})).toThrow('Invalid `jurisdiction` `OTS`')
    expect(() => toAkn(tree, {stem: 'x', actor: 'ots cfm'})).toThrow('Invalid `actor` `ots cfm`')
    expect(() => toAkn(tree, {stem: 'x', people: {p1: {id: 'x'} as never}})).toThrow('Invalid `people` entry `p1`')
  })
})
