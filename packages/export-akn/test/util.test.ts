// The fast paths and caches of the helpers give the same results as the plain code.
import {DOMImplementation, XMLSerializer} from '@xmldom/xmldom'
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
