// Every statement and speech of the corpus exports to AKN that the official schema accepts, with the
// gold's structure, resolving references and unique eIds.
import {checkReferences, toAkn, validateAkn} from '@communique/export-akn'
import {emptyKnowledge} from '@communique/knowledge'
import {describe, expect, it} from 'vitest'
import {childElements, corpusDocuments, exportOf, goldOf, markupDate, parseXml, select, treeOf} from './helpers.js'

const statements = ['002_587fe20fba9a8e01', '002_ots_statement_events_kazakhstan', '013_wh_us_gcc_joint_statement_2022', '014_wh_cambodia_thailand_joint_declaration_2025', '015_wh_quad_spirit_of_the_quad_2021']
const speeches = ['004_ddff4dbabb80b2ef', '017_wh_biden_gcc3_summit_remarks_2022', '018_wh_biden_c5plus1_remarks_2023', '019_wh_harris_us_asean_summit_2023', '020_wh_biden_us_asean_summit_2021']

describe('corpus', () => {
  it('should find the five statements and five speeches of the corpus by the kinds of their trees', () => {
    const kinds = corpusDocuments().filter((document) => document.tree.kind !== 'news')
    expect(kinds.filter((document) => document.tree.kind === 'statement').map((document) => document.stem)).toEqual(statements)
    expect(kinds.filter((document) => document.tree.kind === 'speech').map((document) => document.stem)).toEqual(speeches)
  })

  for (const stem of [...statements, ...speeches]) {
    describe(stem, () => {
      it('should validate against akomantoso30.xsd (zero errors)', async () => {
        expect(await validateAkn(exportOf(stem))).toEqual([])
      })

      it("should have the gold's number of recitals and of top-level operative paragraphs", () => {
        const gold = goldOf(stem)
        const root = parseXml(exportOf(stem))
        const mainBody = select(root, 'mainBody')
        expect(mainBody).toHaveLength(1)
        expect(select(root, 'recital')).toHaveLength(gold.recitals)
        expect(childElements(mainBody[0]!, 'paragraph')).toHaveLength(gold.operative_clauses)
      })

      it('should resolve every reference, to the right kind of TLC, with unique eIds', () => {
        expect(checkReferences(exportOf(stem))).toEqual([])
      })

      it('should list a TLCPerson for every person the tree names, and mark every mention inline', () => {
        const tree = treeOf(stem)
        const root = parseXml(exportOf(stem))
        const persons = select(root, 'TLCPerson').filter((element) => element.getAttribute('eId') !== 'unknownSpeaker')
        expect(persons).toHaveLength(tree.people.length)
        const mentions = JSON.stringify(tree).match(/"type":"person"/g)?.length ?? 0
        expect(select(root, 'person')).toHaveLength(mentions)
      })

      it('should be a statement or a speech document, as the tree says', () => {
        const root = parseXml(exportOf(stem))
        const document = childElements(root)[0]!
        if (statements.includes(stem)) {
          expect(document.localName).toBe('statement')
        } else {
          expect(document.localName).toBe('doc')
          expect(document.getAttribute('name')).toBe('speech')
          const speech = select(root, 'speech')
          expect(speech).toHaveLength(1)
          expect(speech[0]!.getAttribute('by')).toMatch(/^#\w+$/)
        }
      })

      it('should still validate, with resolving references, without the knowledge files', async () => {
        const xml = toAkn(treeOf(stem), {stem, knowledge: emptyKnowledge, markupDate})
        expect(await validateAkn(xml)).toEqual([])
        expect(checkReferences(xml)).toEqual([])
      })
    })
  }
})
