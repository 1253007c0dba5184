// Resolution across documents, on invented documents written to test merging and not merging.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {emptyKnowledge} from '@communique/knowledge'
import {parse} from '@communique/parser'
import {IdMinter, resolve, sameName, wordSimilarity, type InputDocument} from '@communique/resolver'

const sources: Record<string, string> = {}

function document(stem: string, value: string, knowledge?: typeof emptyKnowledge): InputDocument {
  if (!knowledge && stem < 'c') sources[stem] = value
  return {stem, file: `${stem}.txt`, tree: parse(new VFile({path: `${stem}.txt`, value}), knowledge ? {knowledge} : null)}
}

const statement = document(
  'a-statement',
  '## Statement of the Council of Foreign Ministers of the Organization of Turkic States\n\nThe Council of Foreign Ministers of the Organization of Turkic States held an extraordinary videoconference meeting on 3 March 2023.\n\nThe Meeting was chaired by H.E. Oğuz Şahinoğlu, Minister of Foreign Affairs of the Republic of Türkiye and attended by H.E. Nurlan Tileubekov, Minister of Foreign Affairs of the Republic of Kazakhstan, H.E. Aibek Tashbaev, Minister of Foreign Affairs of the Kyrgyz Republic and H.E. Baghrat Amirov, Secretary General of the Organization of Turkic States.\n\nThe Council has:\n\n1. Agreed to meet again.'
)
const news = document(
  'b-news',
  'Ministers meet online\n\nAt the meeting chaired by Turkish Foreign Minister Oguz Sahinoglu, speeches were delivered by Foreign Minister of Kazakhstan Nurlan Tleubekov, Foreign Minister of Kyrgyzstan Aibek Tashbayev and Secretary General of the Organization of Turkic States Bagrat Amirov.\n\nThe extraordinary meeting of the Council of Foreign Ministers of the Organization of Turkic States was held virtually on Friday.\n\n“We stand together,” Sahinoglu said.'
)
const later = document('c-later', 'Minister visits Almaty\n\nALMATY (AP) — Kyrgyz Foreign Minister Aibek Tashbayev arrived on Monday, Tashbayev said.')

describe('people across documents', () => {
  const corpus = resolve([statement, news, later])
  const names = corpus.people.map((person) => [person.name, ...person.alternateNames].join(' | '))

  it('should make one person of diacritics, transliterations and surnames, named as the official record spells it', () => {
    expect(names).toEqual([
      'Aibek Tashbaev | Aibek Tashbayev | Tashbayev',
      'Baghrat Amirov | Bagrat Amirov',
      'Nurlan Tileubekov | Nurlan Tleubekov',
      'Oğuz Şahinoğlu | Oguz Sahinoglu | Sahinoglu'
    ])
  })

  it('should map every document’s local people to the same IRIs', () => {
    const person = corpus.people.find((item) => item.name === 'Aibek Tashbaev')!
    expect(Object.entries(corpus.personIndex).filter(([, index]) => Object.values(index).includes(person.id)).map(([stem]) => stem)).toEqual([
      'a-statement',
      'b-news',
      'c-later'
    ])
  })

  it('should never merge two people who share a surname but serve different states', () => {
    const egypt = document('d-egypt', 'Talks\n\nCAIRO (AP) — Egyptian Foreign Minister Ali Hassan said talks would go on.')
    const iraq = document('e-iraq', 'Talks\n\nBAGHDAD (AP) — Iraqi Foreign Minister Omar Hassan said so too.')
    const same = document('f-same', 'Talks\n\nAMMAN (AP) — Jordanian Foreign Minister Ali Hassan spoke on Monday.')
    const surname = document('g-surname', 'Talks\n\nDOHA (AP) — Qatar hosted the talks. Hassan said they were useful.')
    const result = resolve([egypt, iraq, same, surname]).people.map((person) => [person.name, person.documents])
    expect(result).toEqual([
      ['Ali Hassan', ['d-egypt']],
      ['Ali Hassan', ['f-same']],
      ['Hassan', ['g-surname']],
      ['Omar Hassan', ['e-iraq']]
    ])
  })

  it('should join a surname alone to the one person it can be', () => {
    const surname = document('h-surname', 'Talks\n\nANKARA (AA) – Sahinoglu said on Monday the talks went well.')
    const result = resolve([statement, surname]).people.find((person) => person.name === 'Oğuz Şahinoğlu')!
    expect(result.documents).toEqual(['a-statement', 'h-surname'])
  })
})

describe('meetings across documents', () => {
  const corpus = resolve([statement, news, later])

  it('should merge the reports of one meeting, giving the undated one its date', () => {
    expect(corpus.meetings.map((meeting) => [meeting.name, meeting.startDate, meeting.kind, meeting.mode, meeting.reportedBy])).toEqual([
      [
        'Extraordinary Meeting of the Council of Foreign Ministers of the Organization of Turkic States',
        '2023-03-03',
        'extraordinary',
        'online',
        ['a-statement', 'b-news']
      ]
    ])
  })

  it('should list each participant once, with the chair, their post from the best source, standing and sources', () => {
    const name = (id: string) => corpus.people.find((person) => person.id === id)!.name
    expect(corpus.meetings[0]!.participants.map((participant) => [name(participant.person), participant.chair, participant.role, participant.country, participant.status, participant.sources])).toEqual([
      ['Oğuz Şahinoğlu', true, 'Minister of Foreign Affairs of the Republic of Türkiye', 'TR', 'member', ['a-statement.txt', 'b-news.txt']],
      ['Aibek Tashbaev', false, 'Minister of Foreign Affairs of the Kyrgyz Republic', 'KG', 'member', ['a-statement.txt', 'b-news.txt']],
      ['Baghrat Amirov', false, 'Secretary General of the Organization of Turkic States', null, 'secretariat', ['a-statement.txt', 'b-news.txt']],
      ['Nurlan Tileubekov', false, 'Minister of Foreign Affairs of the Republic of Kazakhstan', 'KZ', 'member', ['a-statement.txt', 'b-news.txt']]
    ])
  })

  it('should attribute the quotation to the resolved person', () => {
    expect(corpus.quotations.map((quotation) => [quotation.text, corpus.people.find((person) => person.id === quotation.creator)?.name])).toEqual([
      ['We stand together,', 'Oğuz Şahinoğlu']
    ])
  })

  it('should give the same corpus whatever the order of the documents', () => {
    expect(resolve([later, news, statement])).toEqual(corpus)
  })

  it('should work without the knowledge files (no standings, no Wikidata)', () => {
    const plain = resolve(
      Object.entries(sources).map(([stem, value]) => document(stem, value, emptyKnowledge)),
      {knowledge: emptyKnowledge}
    )
    expect(plain.meetings.map((meeting) => meeting.reportedBy)).toEqual([['a-statement', 'b-news']])
    expect(plain.meetings[0]!.participants.map((participant) => participant.status)).toEqual([null, null, null, null])
    expect(plain.people.map((person) => person.sameAs)).toEqual([null, null, null, null])
  })
})

describe('IRIs', () => {
  it('should mint IRIs under the base, from any script, without collisions', () => {
    const minter = new IdMinter('https://data.example.net/id/')
    expect([minter.mint('person', 'Jane Doe'), minter.mint('person', 'Jane Doe'), minter.mint('person', 'Тоқаев'), minter.mint('person', '张明'), minter.mint('person', 'Işık'), minter.mint('person', '')]).toEqual([
      'https://data.example.net/id/person/jane-doe',
      'https://data.example.net/id/person/jane-doe-2',
      'https://data.example.net/id/person/toqaev',
      'https://data.example.net/id/person/zhangming',
      'https://data.example.net/id/person/isik',
      'https://data.example.net/id/person/x'
    ])
  })

  it('should refuse a base that is not an absolute IRI ending with a slash', () => {
    expect(() => new IdMinter('example.org/id')).toThrow('Invalid base IRI `example.org/id`: expected an absolute IRI such as `https://example.org/communique/id/`')
    expect(() => new IdMinter('https://example.org/id')).toThrow('Invalid base IRI `https://example.org/id`: it must end with `/` and have no query or fragment')
  })
})

describe('name similarity', () => {
  it('should accept transliterations and refuse different names', () => {
    expect(wordSimilarity('tleuberdi', 'tileuberdi')).toBeCloseTo(0.9)
    expect(sameName(['mukhtar', 'tleuberdi'], ['mukhtar', 'tileuberdi'])).toBe(true)
    expect(sameName(['tayyip', 'erdogan'], ['recep', 'tayyip', 'erdogan'])).toBe(true)
    expect(sameName(['ali', 'hassan'], ['omar', 'hassan'])).toBe(false)
    expect(sameName(['jan', 'kowalski'], ['jan', 'nowak'])).toBe(false)
  })
})
