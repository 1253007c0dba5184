import {describe, expect, it} from 'vitest'
import {attendeeColumns, attendeeRows} from '../src/index.js'
import {base, fixtureCorpus} from './fixtures/corpus.js'

const spring = `${base}event/lakeside-forum-2031-03-14`
const summer = `${base}event/lakeside-forum-2031-05-02`
const undated = `${base}event/lakeside-forum-undated`

describe('attendeeRows', () => {
  it('should give one row per participant per meeting, sorted by date, meeting, chair, name', () => {
    expect(attendeeRows(fixtureCorpus())).toEqual([
      {
        meeting_id: spring,
        meeting_date: '2031-03-14',
        name: 'Ilvana Dárecz',
        honorific: 'H.E.',
        role: 'Minister of State\nfor Lake Affairs of the Portuguese Republic',
        country: 'PT',
        organization: '',
        status: 'member',
        chair: 'true',
        name_variants: 'Ilvana Dárecz;Ilvana Darecz;Dárecz',
        sources: '101_lakeside_spring.txt;102_news_spring.txt'
      },
      {
        meeting_id: spring,
        meeting_date: '2031-03-14',
        name: 'Brannoc Ellery',
        honorific: '',
        role: "=cmd|' /C calc'!A0",
        country: 'FI',
        organization: '',
        status: 'observer',
        chair: 'false',
        name_variants: 'Brannoc Ellery',
        sources: '101_lakeside_spring.txt'
      },
      {
        meeting_id: spring,
        meeting_date: '2031-03-14',
        name: 'Kestrel Amadou-Vance',
        honorific: '',
        role: '',
        country: '',
        organization: '',
        status: '',
        chair: 'false',
        name_variants: 'Kestrel Amadou-Vance;K. Amadou-Vance',
        sources: '102_news_spring.txt'
      },
      {
        meeting_id: spring,
        meeting_date: '2031-03-14',
        name: 'Oddný "Odd" Haraldsdóttir, Jr.',
        honorific: 'H.E.',
        role: 'Minister for Foreign Affairs of Iceland',
        country: 'IS',
        organization: '',
        status: 'member',
        chair: 'false',
        name_variants: 'Oddný "Odd" Haraldsdóttir, Jr.;Oddny Haraldsdottir;Haraldsdóttir',
        sources: '101_lakeside_spring.txt;102_news_spring.txt'
      },
      {
        meeting_id: summer,
        meeting_date: '2031-05-02',
        name: 'Ilvana Dárecz',
        honorific: 'H.E.',
        role: 'Minister of Foreign Affairs of the Portuguese Republic',
        country: 'PT',
        organization: '',
        status: 'member',
        chair: 'false',
        name_variants: 'Ilvana Dárecz;Ilvana Darecz;Dárecz',
        sources: '103_lakeside_summer.txt'
      },
      {
        meeting_id: summer,
        meeting_date: '2031-05-02',
        name: 'Tòmas Quillévare',
        honorific: 'Mr.',
        role: 'Secretary General of the Lakeside Forum',
        country: '',
        organization: 'Secretariat of the Lakeside Forum',
        status: 'secretariat',
        chair: 'false',
        name_variants: 'Tòmas Quillévare;Tomas Quillevare',
        sources: '103_lakeside_summer.txt;104_news_summer.txt'
      },
      {
        meeting_id: undated,
        meeting_date: '',
        name: 'Saoirse Mbeki-Lund',
        honorific: 'H.E.',
        role: 'Special Envoy for Lake Affairs',
        country: 'IE',
        organization: '',
        status: 'guest',
        chair: 'false',
        name_variants: 'Saoirse Mbeki-Lund;Saoirse Mbeki Lund',
        sources: '105_lakeside_informal.md'
      }
    ])
  })

  it('should give every row the contract’s columns, in order', () => {
    for (const row of attendeeRows(fixtureCorpus())) expect(Object.keys(row)).toEqual([...attendeeColumns])
  })

  it('should not depend on the order of meetings or participants in the corpus', () => {
    const corpus = fixtureCorpus()
    corpus.meetings.reverse()
    for (const meeting of corpus.meetings) meeting.participants.reverse()
    corpus.people.reverse()
    expect(attendeeRows(corpus)).toEqual(attendeeRows(fixtureCorpus()))
  })

  it('should give nothing for a run without meetings', () => {
    expect(attendeeRows({...fixtureCorpus(), meetings: []})).toEqual([])
  })

  it('should take the date part of a date-time', () => {
    const corpus = fixtureCorpus()
    corpus.meetings[0]!.startDate = '2031-06-01T09:30:00Z'
    expect(attendeeRows(corpus).at(-1)?.meeting_date).toBe('2031-06-01')
  })

  it('should accept the IRI of a country of the corpus for `country`', () => {
    const corpus = fixtureCorpus()
    corpus.countries.push({id: `${base}country/ie`, code: 'IE', name: 'Ireland', sameAs: null, documents: []})
    corpus.meetings[0]!.participants[0]!.country = `${base}country/ie`
    expect(attendeeRows(corpus).at(-1)?.country).toBe('IE')
  })

  it('should write a `;` inside a list item as `,` and drop empty items', () => {
    const corpus = fixtureCorpus()
    corpus.people[2]!.alternateNames = ['Ellery; Brannoc', '']
    corpus.meetings[2]!.participants[2]!.sources = ['a;b.txt', '', 'c.txt']
    const row = attendeeRows(corpus).find((candidate) => candidate.name === 'Brannoc Ellery')
    expect(row?.name_variants).toBe('Brannoc Ellery;Ellery, Brannoc')
    expect(row?.sources).toBe('a,b.txt;c.txt')
  })

  it('should throw on a participant whose person is unknown', () => {
    const corpus = fixtureCorpus()
    corpus.meetings[0]!.participants[0]!.person = `${base}person/nobody`
    expect(() => attendeeRows(corpus)).toThrow(
      `Cannot export participant \`${undated}/attendee/saoirse-mbeki-lund\` of meeting \`${undated}\`: person \`${base}person/nobody\` is not in \`corpus.people\`; add the person or drop the participant`
    )
  })

  it('should throw on an unknown organization', () => {
    const corpus = fixtureCorpus()
    corpus.meetings[0]!.participants[0]!.organization = `${base}organization/nowhere`
    expect(() => attendeeRows(corpus)).toThrow(/organization `https:\/\/example.org\/communique\/id\/organization\/nowhere` is not in `corpus.organizations`/)
  })

  it('should throw on a malformed date', () => {
    const corpus = fixtureCorpus()
    corpus.meetings[0]!.startDate = '14 March 2031'
    expect(() => attendeeRows(corpus)).toThrow(/invalid `startDate` `14 March 2031`, expected `YYYY-MM-DD`/)
  })

  it('should throw on a country that is neither a code nor a known country IRI', () => {
    const corpus = fixtureCorpus()
    corpus.meetings[0]!.participants[0]!.country = 'Ireland'
    expect(() => attendeeRows(corpus)).toThrow(/invalid `country` `Ireland`, expected an ISO 3166-1 alpha-2 code/)
  })
})
