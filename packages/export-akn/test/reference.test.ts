// The export of 002 has the structure of the hand-made reference rendering (shared/examples); the export
// of 004 has the shape of the speech reference.
import {readFileSync} from 'node:fs'
import type {Element} from '@xmldom/xmldom'
import {describe, expect, it} from 'vitest'
import {childElements, examplesFolder, exportOf, parseXml, select, textOf} from './helpers.js'

const ours = (stem: string) => parseXml(exportOf(stem))
const reference = (stem: string) => parseXml(readFileSync(new URL(`${stem}.akn.xml`, examplesFolder), 'utf8'))
const showAs = (root: Element, kind: string) => new Set(select(root, kind).map((element) => element.getAttribute('showAs') ?? ''))
const value = (root: Element, name: string) => select(root, name)[0]?.getAttribute('value')
const formula = (root: Element) => select(root, 'formula').map((element) => [element.getAttribute('name'), textOf(element)])
const paragraphs = (root: Element) =>
  childElements(select(root, 'mainBody')[0]!, 'paragraph').map((paragraph) => [textOf(childElements(paragraph, 'num')[0]!), textOf(childElements(paragraph, 'content')[0]!)])
const lower = (set: Set<string>) => new Set([...set].map((name) => name.toLowerCase()))
const authors = (root: Element) => select(root, 'FRBRauthor').map((element) => [element.getAttribute('href'), element.getAttribute('as')])
const dates = (root: Element) => select(root, 'FRBRdate').slice(0, 2).map((element) => [element.getAttribute('date'), element.getAttribute('name')])
const marks = (root: Element) => select(root, 'person').map((element) => textOf(element))
const speech = (root: Element) => select(root, 'speech')[0]!
const blocks = (root: Element) => childElements(select(root, 'speech')[0]!, 'p').map((p) => [p.getAttribute('class') === 'salutation', textOf(p)])
const speaker = (root: Element) => {
  const by = speech(root).getAttribute('by')?.slice(1)
  return select(root, 'TLCPerson').find((element) => element.getAttribute('eId') === by)?.getAttribute('showAs')
}

describe('002_587fe20fba9a8e01 against the reference rendering', () => {
  const stem = '002_587fe20fba9a8e01'

  it('should have the same number of recitals, with the same text', () => {
    expect(select(ours(stem), 'recital').map(textOf)).toEqual(select(reference(stem), 'recital').map(textOf))
    expect(select(ours(stem), 'recital')).toHaveLength(4)
  })

  it('should have the same enacting formula', () => {
    expect(formula(ours(stem))).toEqual(formula(reference(stem)))
  })

  it('should have the same operative paragraphs (num and text)', () => {
    expect(paragraphs(ours(stem))).toEqual(paragraphs(reference(stem)))
    expect(paragraphs(ours(stem))).toHaveLength(9)
  })

  it('should have the same conclusions text', () => {
    expect(textOf(select(ours(stem), 'conclusions')[0]!)).toBe(textOf(select(reference(stem), 'conclusions')[0]!))
  })

  it('should have the same title and meeting information text', () => {
    expect(textOf(select(ours(stem), 'preface')[0]!)).toBe(textOf(select(reference(stem), 'preface')[0]!))
  })

  it('should list the same persons (by showAs, case-insensitive)', () => {
    expect(lower(showAs(ours(stem), 'TLCPerson'))).toEqual(lower(showAs(reference(stem), 'TLCPerson')))
  })

  it('should list the same roles (by showAs)', () => {
    expect(showAs(ours(stem), 'TLCRole')).toEqual(showAs(reference(stem), 'TLCRole'))
  })

  it('should have the same work IRI, country, dates and author', () => {
    for (const name of ['FRBRuri', 'FRBRcountry', 'FRBRsubtype', 'FRBRname', 'FRBRprescriptive']) expect(value(ours(stem), name), name).toBe(value(reference(stem), name))
    expect(authors(ours(stem))).toEqual(authors(reference(stem)))
    expect(dates(ours(stem))).toEqual(dates(reference(stem)))
  })

  it('should mark the same people inline, under the same posts where the tree gives them', () => {
    expect(marks(ours(stem))).toEqual(marks(reference(stem)))
  })
})

describe('004_ddff4dbabb80b2ef against the reference rendering', () => {
  const stem = '004_ddff4dbabb80b2ef'

  it('should be one speech in an address, by the speaker of the title', () => {
    expect(speech(ours(stem)).parentNode?.nodeName).toBe('address')
    expect(speaker(ours(stem))).toBe(speaker(reference(stem)))
    expect(speech(ours(stem)).getAttribute('as')).toBe(speech(reference(stem)).getAttribute('as'))
  })

  it('should have the same paragraphs, salutations included', () => {
    expect(blocks(ours(stem))).toEqual(blocks(reference(stem)))
  })

  it('should have the same preface (title, venue with the delivery date)', () => {
    expect(textOf(select(ours(stem), 'preface')[0]!)).toBe(textOf(select(reference(stem), 'preface')[0]!))
    expect(select(ours(stem), 'docDate')[0]?.getAttribute('date')).toBe('2022-01-11')
  })

  it('should have the same jurisdiction, subtype and dates', () => {
    for (const name of ['FRBRcountry', 'FRBRsubtype']) expect(value(ours(stem), name), name).toBe(value(reference(stem), name))
    expect(select(ours(stem), 'FRBRdate')[0]?.getAttribute('date')).toBe('2022-01-11')
    expect(select(ours(stem), 'FRBRdate')[0]?.getAttribute('name')).toBe('delivery')
  })
})
