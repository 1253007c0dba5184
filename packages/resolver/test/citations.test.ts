// Citations resolved to the statements of the run: the statement's publisher must be named in the
// citation's title as words of their own, not as part of another word.
import {emptyKnowledge} from '@communique/knowledge'
import {resolve, type CitationSummary, type DocumentSummary, type InputDocument} from '@communique/resolver'
import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

/** A summary of a statement or a news report, with no people, meeting or mentions. */
function summary(kind: DocumentSummary['kind'], title: string | null, publisher: string | null, citations: CitationSummary[]): DocumentSummary {
  return {type: 'summary', kind, date: null, title, dateline: null, publisher, people: [], meeting: null, mentions: [], quotations: [], citations}
}

/** An input document from a summary. */
function input(stem: string, tree: DocumentSummary): InputDocument {
  return {stem, file: `${stem}.txt`, tree}
}

/**
 * The stem each citation title of a news report matches, with the given statements in the run
 * (stem → title and publisher).
 */
function matches(statements: ReadonlyArray<readonly [string, string, string]>, titles: readonly string[]): Array<string | null> {
  const corpus = resolve(
    [
      ...statements.map(([stem, title, publisher]) => input(stem, summary('statement', title, publisher, []))),
      input('news', summary('news', 'News', null, titles.map((title) => ({title, date: null}))))
    ],
    {knowledge: emptyKnowledge}
  )
  const byTitle = new Map(corpus.citations.map((citation) => [citation.title, citation.matches]))
  return titles.map((title) => byTitle.get(title)!)
}

/** Statements whose publishers are `Org 1` … `Org <count>`, enough to outnumber the parts of a short title. */
function many(count: number): Array<[string, string, string]> {
  return Array.from({length: count}, (_, index) => [`org-${index + 1}`, `Statement of Org ${index + 1}`, `Org ${index + 1}`])
}

const ots: [string, string, string] = ['ots', 'Statement of the Organization of Turkic States', 'OTS']
const un: [string, string, string] = ['un', 'Statement by the Secretary-General', 'UN']

describe('citations of statements', () => {
  it('should not match a publisher found only inside other words of the title (few publishers)', () => {
    expect(matches([ots, un], ['Statement on pilots', 'Statement on the lots', 'Statement on the fund', 'Statement of Dunkirk', 'Slots statement'])).toEqual([null, null, null, null, null])
  })

  it('should not match a publisher found only inside other words of the title (many publishers)', () => {
    expect(matches([ots, un, ...many(40)], ['Pilots statement', 'Lots statement', 'Fund statement', 'Org 10x statement', 'Org 100 statement'])).toEqual([null, null, null, null, null])
  })

  it('should match a publisher named as words of their own (few publishers)', () => {
    expect(matches([ots, un], ['OTS Statement', 'Statement of the OTS', 'OTS-led statement', 'OTS’s statement', 'Statement (UN)', 'UN statement on the fund'])).toEqual([
      'ots',
      'ots',
      'ots',
      'ots',
      'un',
      'un'
    ])
  })

  it('should match a publisher named as words of their own (many publishers)', () => {
    expect(matches([ots, un, ...many(40)], ['OTS statement', 'UN statement', 'Org 10 statement', 'Org 7 statement'])).toEqual(['ots', 'un', 'org-10', 'org-7'])
  })

  it('should never match a statement whose publisher folds to nothing', () => {
    expect(matches([['bullet', 'Statement', '•']], ['Statement', 'A statement'])).toEqual([null, null])
  })

  it('should match as a word-boundary search over the folded title would, whatever the number of publishers (property)', () => {
    const pieces = ['ots', 'un', 'eu', 'lots', 'pilots', 'fund', 'u n', 'ots-led', "ots's", 'the', 'of', 'org']
    const piece = fc.constantFrom(...pieces)
    const publisher = fc.array(piece, {minLength: 1, maxLength: 2}).map((words) => words.join(' '))
    const title = fc
      .tuple(fc.array(fc.constantFrom(...pieces, '-', "'", 'statement', 'declaration'), {minLength: 0, maxLength: 4}), fc.constantFrom('statement', 'declaration'))
      .map(([words, kind]) => [...words, kind].join(' ').replace(/ ([-']) /g, '$1'))
    fc.assert(
      // Up to 150 more publishers (`org 1`…) so that the title's parts are sometimes fewer than the publishers.
      fc.property(fc.array(fc.tuple(publisher, fc.constantFrom('statement', 'declaration')), {minLength: 1, maxLength: 50}), fc.nat({max: 150}), fc.array(title, {minLength: 1, maxLength: 5}), (statements, padding, titles) => {
        const run = [...statements.map(([name, kind], index) => [`s${String(index).padStart(2, '0')}`, `${kind} of ${name}`, name] as [string, string, string]), ...many(padding)]
        const unique = [...new Set(titles)]
        expect(matches(run, unique)).toEqual(unique.map((cited) => expected(run, cited)))
      }),
      {numRuns: 300, seed: 20_240_506}
    )
  })
})

/**
 * What a citation should match, by the definition: the one statement of the same kind whose
 * publisher occurs in the title with no letter or digit either side.
 */
function expected(statements: ReadonlyArray<readonly [string, string, string]>, title: string): string | null {
  const kind = /\b(statement|declaration|communique|resolution)\b/.exec(title)?.[1]
  if (!kind) return null
  const found = statements.filter(([, own, publisher]) => own.includes(kind) && new RegExp(`(?<![a-z0-9])${publisher.replace(/[-']/g, '\\$&')}(?![a-z0-9])`).test(title))
  return found.length === 1 ? found[0]![0] : null
}
