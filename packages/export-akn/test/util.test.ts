// The fast paths and caches of the helpers give the same results as the plain code.
import {DOMImplementation, XMLSerializer, type Element} from '@xmldom/xmldom'
import {describe, expect, it} from 'vitest'
import {assignEids} from '../src/lib/eid.js'
import {indent} from '../src/lib/format.js'
import {camel, normalizeSpace, xmlSafe} from '../src/lib/util.js'

describe('xmlSafe', () => {
  it('returns clean text unchanged (fast path)', () => {
    expect(xmlSafe('Fish & chips < 3 \u{1F600}\t\n')).toEqual({value: 'Fish & chips < 3 \u{1F600}\t\n', removed: []})
  })

  it('removes and reports forbidden characters, also on repeated calls', () => {
    for (let round = 0; round < 2; round++) {
      expect(xmlSafe('a\u0001b\uD800c\uFFFEd')).toEqual({value: 'abcd', removed: ['U+0001', 'U+D800', 'U+FFFE']})
    }
  })
})

describe('normalizeSpace', () => {
  it('is the same as collapsing and trimming, with or without the fast path', () => {
    for (const value of ['a b', 'a  b', ' a', 'a ', 'a\tb', 'a\u00A0b', 'a\u2003 b', '', '   ', 'x', 'a\nb c', 'a\uFEFFb']) {
      expect(normalizeSpace(value)).toBe(value.replace(/\s+/g, ' ').trim())
    }
  })
})

describe('camel', () => {
  it('joins the words, with the prefix for an empty identifier or one that starts with a digit', () => {
    expect(camel('jane-doe', 'person')).toBe('janeDoe')
    expect(camel('jane-doe', 'person')).toBe('janeDoe')
    expect(camel('1st-meeting', 'event')).toBe('event1stMeeting')
    expect(camel('1st-meeting', 'role')).toBe('role1stMeeting')
    expect(camel('', 'location')).toBe('location')
    for (let index = 0; index < 5000; index++) expect(camel(`a-${index}`, 'x')).toBe(`a${index}`)
  })
})

describe('assignEids and indent', () => {
  it('put the eId first and keep the other attributes in order', () => {
    const namespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'
    const xml = new DOMImplementation().createDocument(namespace, 'akomaNtoso', null)
    const root = xml.documentElement
    if (!root) throw new Error('No root')
    const element = (name: string, attributes: Record<string, string> = {}) => {
      const result = xml.createElementNS(namespace, name)
      for (const [key, value] of Object.entries(attributes)) result.setAttribute(key, value)
      return result
    }

    const statement = root.appendChild(element('statement', {name: 'x'}))
    const body = statement.appendChild(element('mainBody'))
    for (let index = 0; index < 3; index++) {
      const paragraph = body.appendChild(element('paragraph'))
      const content = paragraph.appendChild(element('content'))
      const p = content.appendChild(element('p', {class: 'a'}))
      p.appendChild(element('person', {refersTo: '#janeDoe', as: '#role'})).appendChild(xml.createTextNode('Jane'))
      p.appendChild(element('person', {eId: 'old', refersTo: '#janeDoe'})).appendChild(xml.createTextNode('Jane'))
    }

    assignEids(root)
    indent(root)
    const output = new XMLSerializer().serializeToString(xml)
    expect(output).toContain(
      '<p eId="para_nn_2__p_1" class="a"><person eId="para_nn_2__p_1__person_1" refersTo="#janeDoe" as="#role">Jane</person><person eId="para_nn_2__p_1__person_2" refersTo="#janeDoe">Jane</person></p>'
    )
    expect(output).toContain('<mainBody>\n      <paragraph eId="para_nn_1">\n        <content eId="para_nn_1__content">\n          <p')
    expect(output).toContain('</paragraph>\n    </mainBody>\n  </statement>\n</akomaNtoso>')
  })
})

/** The most element children any element has. */
const widest = (element: Element): number => {
  let count = 0
  let most = 0
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue
    count++
    most = Math.max(most, widest(child as Element))
  }
  return Math.max(count, most)
}

describe('indent of wide elements', () => {
  const namespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'
  const structural = ['mainBody', 'paragraph', 'content', 'list', 'point', 'intro']
  const mixed = ['p', 'num', 'person']

  /** The plain indentation (insertions in place), as `indent` did before it rebuilt wide elements. */
  const reference = (element: Element, depth: number): void => {
    if (!['akomaNtoso', 'statement', ...structural].includes(element.localName ?? '')) return
    const children: Element[] = []
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) return
      children.push(child as Element)
    }
    if (children.length === 0) return
    for (const child of children) {
      element.insertBefore(element.ownerDocument!.createTextNode(`\n${'  '.repeat(depth + 1)}`), child)
      reference(child, depth + 1)
    }
    element.appendChild(element.ownerDocument!.createTextNode(`\n${'  '.repeat(depth)}`))
  }

  /** The same random document twice: element-only and mixed parents, some of them wide. */
  const build = (seed: number) => {
    let state = seed
    const random = (count: number) => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
      return (state >>> 8) % count
    }
    const xml = new DOMImplementation().createDocument(namespace, 'akomaNtoso', null)
    const root = xml.documentElement!
    const grow = (parent: Element, depth: number) => {
      const width = depth === 0 ? 1 : depth <= 2 && random(4) === 0 ? 65 + random(80) : random(4)
      for (let index = 0; index < width; index++) {
        const leaf = depth > 3 || random(width > 64 ? 2 : 3) === 0
        const name = leaf ? mixed[random(mixed.length)]! : structural[random(structural.length)]!
        const child = xml.createElementNS(namespace, name)
        parent.appendChild(child)
        child.setAttribute('eId', `e${depth}_${index}`)
        if (leaf) child.appendChild(xml.createTextNode(`text ${index} & <more>`))
        else grow(child, depth + 1)
      }
      // Now and then a parent of mixed content: text among elements.
      if (depth > 0 && random(6) === 0) parent.appendChild(xml.createTextNode(' tail '))
    }
    const statement = xml.createElementNS(namespace, 'statement')
    root.appendChild(statement)
    grow(statement, 0)
    return xml
  }

  it('gives the same XML as indenting in place, for elements of every width', () => {
    let wideSeen = 0
    for (let seed = 1; seed <= 60; seed++) {
      const expected = build(seed)
      reference(expected.documentElement!, 0)
      const actual = build(seed)
      const result = indent(actual.documentElement!)
      expect(result).toBe(actual.documentElement)
      const serializer = new XMLSerializer()
      expect(serializer.serializeToString(actual)).toBe(serializer.serializeToString(expected))
      wideSeen += widest(actual.documentElement!) > 64 ? 1 : 0
    }
    expect(wideSeen).toBeGreaterThan(4)
  })
})
