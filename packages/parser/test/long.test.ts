// Long paragraphs: the recognizers look mentions up through indexes, not by scanning every mention
// found so far, and chrono reads long texts in pieces. What a paragraph holds must not change when
// it is one of many in a long run of text.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {loadKnowledge} from '@communique/knowledge'
import {parse} from '@communique/parser'
import {toString, visit, type Document} from '@communique/doctree'

const knowledge = loadKnowledge()
const read = (value: string): Document => parse(new VFile({path: 'x.md', value}), {knowledge})

const kinds = new Set(['person', 'role', 'country', 'organization', 'place', 'citation', 'date', 'honorific', 'quote'])

/** Mentions as `type:text@offset` within their paragraph, with the offset taken modulo `period`. */
const mentions = (tree: Document, period: number): string[] => {
  const found: string[] = []
  visit(tree, (node) => {
    if (kinds.has(node.type)) {
      const start = node.position!.start.offset!
      found.push(`${node.type}:${toString(node)}@${start % period}`)
    }
  })
  return found
}

const paragraphs = [
  'The Council of Foreign Ministers of the Organization of Turkic States (OTS) met in Istanbul on 12 November 2021. Foreign Minister of Azerbaijan Jeyhun Bayramov and Secretary General of the OTS Baghdad Amreyev welcomed the Nakhchivan Agreement of 3 October 2009, the Turkic World Vision – 2040 and the statement of the OTS.',
  'Kazakhstan’s Foreign Minister Mukhtar Tileuberdi said the Kazakh side valued the support of the United Nations and the Cooperation Council of Turkic Speaking States. The ministers of Kyrgyzstan – Ruslan Kazakbaev, Uzbekistan – Abdulaziz Kamilov attended. The OTS and the CSTO were also named.',
  'U.S. Secretary of State Antony Blinken and the Gulf Cooperation Council (GCC) held talks in Riyadh. The GCC recalled the Charter of the United Nations. GCC members and the Council of Europe took part, Blinken said.'
]

describe('a paragraph in a long run of text', () => {
  for (const [index, paragraph] of paragraphs.entries()) {
    it(`should hold the same mentions, repeated, when it is repeated in one long paragraph (${index + 1})`, () => {
      const unit = `${paragraph} `
      const once = mentions(read(`# Title\n\n${unit}`), unit.length)
      expect(once.length).toBeGreaterThan(5)
      const times = Math.ceil(40_000 / unit.length)
      const many = mentions(read(`# Title\n\n${unit.repeat(times)}`), unit.length)
      // The title's offset is the same in both; each copy's offsets, modulo the copy's length, too.
      expect(many).toEqual(Array.from({length: times}, () => once).flat())
    })
  }
})

describe('many people in one document', () => {
  it('should group the mentions of each of over a hundred people (full name, surname, honorific and given name)', () => {
    const given = ['Amina', 'Boris', 'Chen', 'Dilnoza', 'Emre', 'Farida', 'Goran', 'Hana', 'Ilyas', 'Jana']
    const family = ['Abenova', 'Barzani', 'Celik', 'Dzhaparov', 'Erkin', 'Fayzulla', 'Gurbanov', 'Hasanli', 'Iskakov', 'Juraev']
    const suffixes = ['', 'ski', 'yan', 'ovic', 'escu', 'sson', 'berg', 'ini', 'ez', 'oglu', 'ander', 'ist']
    const visits: string[] = []
    const expected: string[] = []
    for (const suffix of suffixes) {
      for (const [index, first] of given.entries()) {
        const last = `${family[index]}${suffix}`
        expected.push(`${first} ${last} | Mr. ${last}`)
        visits.push(`Foreign Minister ${first} ${last} arrived in Baku. Mr. ${last} said the talks were useful.`)
      }
    }
    const tree = read(`# Visits\n\n${visits.join('\n\n')}`)
    expect(tree.people.map((person) => [person.name, ...person.variants].join(' | '))).toEqual(expected)
  })
})
