// Keys taken from the text (stems, local person keys, organization names) that are also the names of
// `Object.prototype` members: they must behave like any other key in the corpus indices.
import {emptyKnowledge} from '@communique/knowledge'
import {resolve, type DocumentSummary, type InputDocument} from '@communique/resolver'
import {describe, expect, it} from 'vitest'

const base = 'https://example.org/communique/id/'
const keys = ['constructor', '__proto__', 'hasOwnProperty'] as const

/**
 * A news summary with people under the given local keys, each quoted once, organizations under
 * the given names, and a meeting whose participants are the given keys.
 */
function summary(people: ReadonlyArray<readonly [string, string]>, organizations: readonly string[], speakers: readonly string[], participants: readonly string[]): DocumentSummary {
  return {
    type: 'summary',
    kind: 'news',
    date: '2024-05-06',
    title: null,
    dateline: null,
    publisher: null,
    people: people.map(([entity, name]) => ({entity, name, variants: [], honorific: null, roles: []})),
    meeting:
      participants.length === 0
        ? null
        : {
            name: 'summit',
            organization: null,
            body: null,
            kind: 'summit',
            date: '2024-05-06',
            mode: null,
            place: null,
            participants: participants.map((entity) => ({entity, chair: false, basis: 'attended' as const, role: null}))
          },
    mentions: organizations.map((name) => ({type: 'organization' as const, name, acronym: null, parent: null})),
    quotations: speakers.map((speaker) => ({speaker, text: `Said by ${speaker}.`})),
    citations: []
  }
}

/** An input document from a summary. */
function input(stem: string, tree: DocumentSummary): InputDocument {
  return {stem, file: `${stem}.txt`, tree}
}

describe('keys named like Object.prototype members', () => {
  it('should index documents whose stems are `constructor`, `__proto__` and `hasOwnProperty`', () => {
    const corpus = resolve(
      keys.map((stem, index) => input(stem, summary([['p1', ['Ann Lee', 'Bo Chan', 'Cy Diaz'][index]!]], [`Council ${index}`], [], []))),
      {knowledge: emptyKnowledge}
    )
    expect(Object.entries(corpus.personIndex).map(([stem, index]) => [stem, Object.entries(index)])).toEqual([
      ['__proto__', [['p1', `${base}person/bo-chan`]]],
      ['constructor', [['p1', `${base}person/ann-lee`]]],
      ['hasOwnProperty', [['p1', `${base}person/cy-diaz`]]]
    ])
    expect(Object.entries(corpus.organizationIndex).map(([stem, index]) => [stem, Object.entries(index)])).toEqual([
      ['__proto__', [['Council 1', `${base}org/council-1`]]],
      ['constructor', [['Council 0', `${base}org/council-0`]]],
      ['hasOwnProperty', [['Council 2', `${base}org/council-2`]]]
    ])
    expect(JSON.parse(JSON.stringify(corpus.personIndex)) as unknown).toEqual(
      Object.fromEntries([
        ['__proto__', {p1: `${base}person/bo-chan`}],
        ['constructor', {p1: `${base}person/ann-lee`}],
        ['hasOwnProperty', {p1: `${base}person/cy-diaz`}]
      ])
    )
  })

  it('should index people and organizations whose keys are `constructor`, `__proto__` and `hasOwnProperty`', () => {
    const corpus = resolve(
      [input('doc', summary([['constructor', 'Ann Lee'], ['__proto__', 'Bo Chan'], ['hasOwnProperty', 'Cy Diaz']], [...keys], [...keys], [...keys]))],
      {knowledge: emptyKnowledge}
    )
    expect(Object.entries(corpus.personIndex['doc']!)).toEqual([
      ['constructor', `${base}person/ann-lee`],
      ['__proto__', `${base}person/bo-chan`],
      ['hasOwnProperty', `${base}person/cy-diaz`]
    ])
    expect(Object.entries(corpus.organizationIndex['doc']!)).toEqual([
      ['constructor', `${base}org/constructor`],
      ['__proto__', `${base}org/proto`],
      ['hasOwnProperty', `${base}org/hasownproperty`]
    ])
    expect(corpus.quotations.map((quotation) => [quotation.text, quotation.creator])).toEqual([
      ['Said by constructor.', `${base}person/ann-lee`],
      ['Said by __proto__.', `${base}person/bo-chan`],
      ['Said by hasOwnProperty.', `${base}person/cy-diaz`]
    ])
    expect(corpus.meetings.map((meeting) => meeting.participants.map((participant) => participant.person))).toEqual([
      [`${base}person/ann-lee`, `${base}person/bo-chan`, `${base}person/cy-diaz`]
    ])
  })

  it('should resolve no one for local keys no person has, even `toString`, `valueOf` or `constructor`', () => {
    const corpus = resolve([input('doc', summary([['p1', 'Ann Lee']], [], ['toString', 'constructor', 'p1'], ['valueOf', '__proto__', 'p1']))], {knowledge: emptyKnowledge})
    expect(corpus.quotations.map((quotation) => [quotation.text, quotation.creator])).toEqual([['Said by p1.', `${base}person/ann-lee`]])
    expect(corpus.meetings.map((meeting) => meeting.participants.map((participant) => participant.person))).toEqual([[`${base}person/ann-lee`]])
    expect(Object.entries(corpus.personIndex['doc']!)).toEqual([['p1', `${base}person/ann-lee`]])
  })
})
