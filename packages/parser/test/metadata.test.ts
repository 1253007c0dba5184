import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {loadKnowledge} from '@communique/knowledge'
import {agencyName, findIssuer, findReporter, issuedBy, mastheadLine, parse, readAgencyLine, readDateline, readStamp} from '@communique/parser'

const dateline = (text: string) => {
  const found = readDateline(text)
  if (!found) return null
  return {
    place: found.place,
    date: found.date ? text.slice(found.date.start, found.date.end) : null,
    agency: found.agency?.name ?? null,
    rest: text.slice(found.end)
  }
}

describe('readStamp', () => {
  it('should refuse days the calendar does not have, and year 0000', () => {
    expect(readStamp('date 2023-02-29')).toBe(null)
    expect(readStamp('date 2024-02-29')).toEqual({date: '2024-02-29', length: 15})
    expect(readStamp('date 0000-01-01')).toBe(null)
    expect(readStamp('date 2022-13-01')).toBe(null)
    expect(readStamp('date 2022-04-31')).toBe(null)
  })

  it('should read the leading date marker and its length', () => {
    expect(readStamp('date 2022-01-11 Details added')).toEqual({date: '2022-01-11', length: 15})
  })
  it('should not read a date inside a sentence or an impossible one', () => {
    expect(readStamp('The date 2022-01-11 was set')).toBeNull()
    expect(readStamp('date 2022-13-45 nonsense')).toBeNull()
    expect(readStamp('dated 2022-01-11')).toBeNull()
  })
})

describe('readDateline', () => {
  it('should read a dateline on a line of its own, without its date in the place', () => {
    expect(dateline('BAKU, Azerbaijan, Jan. 11')).toEqual({place: 'BAKU, Azerbaijan', date: 'Jan. 11', agency: null, rest: ''})
    expect(dateline('Baku, Azerbaijan, Oct.12')).toEqual({place: 'Baku, Azerbaijan', date: 'Oct.12', agency: null, rest: ''})
    expect(dateline('NEW YORK, 5 March 2023')).toEqual({place: 'NEW YORK', date: '5 March 2023', agency: null, rest: ''})
  })

  it('should read agency datelines that open a paragraph', () => {
    expect(dateline('BAKU. KAZINFORM Kazakhstan’s delegation arrived.')).toEqual({
      place: 'BAKU',
      date: null,
      agency: 'Kazinform',
      rest: 'Kazakhstan’s delegation arrived.'
    })
    expect(dateline('ANKARA (AA) – Türkiye said on Monday')).toEqual({place: 'ANKARA', date: null, agency: 'Anadolu Agency', rest: 'Türkiye said on Monday'})
    expect(dateline('LONDON, Jan 11 (Reuters) - Britain said')).toEqual({place: 'LONDON', date: 'Jan 11', agency: 'Reuters', rest: 'Britain said'})
    expect(dateline('WASHINGTON (AP) — The president said')).toEqual({place: 'WASHINGTON', date: null, agency: 'Associated Press', rest: 'The president said'})
    expect(dateline('TASHKENT — Uzbekistan hosted the talks')).toEqual({place: 'TASHKENT', date: null, agency: null, rest: 'Uzbekistan hosted the talks'})
    expect(dateline('MINSK, March 4. /TASS/. Belarus said')).toEqual({place: 'MINSK', date: 'March 4', agency: 'TASS', rest: 'Belarus said'})
    expect(dateline("NUKU'ALOFA — Leaders met")).toEqual({place: "NUKU'ALOFA", date: null, agency: null, rest: 'Leaders met'})
  })

  it('should read a place in title case before a known agency’s tag, and a place in capitals on a line of its own', () => {
    expect(dateline('Quito (AFP) – Ministers met')).toEqual({place: 'Quito', date: null, agency: 'Agence France-Presse', rest: 'Ministers met'})
    expect(dateline('Santo Domingo (AP) — Ministers met')).toEqual({place: 'Santo Domingo', date: null, agency: 'Associated Press', rest: 'Ministers met'})
    expect(dateline('ISTANBUL')).toEqual({place: 'ISTANBUL', date: null, agency: null, rest: ''})
    expect(dateline('NEW DELHI')).toEqual({place: 'NEW DELHI', date: null, agency: null, rest: ''})
    // An agency the knowledge files do not name, a section word, a word too short.
    expect(readDateline('Quito (Andes Wire) – Ministers met')).toBeNull()
    expect(readDateline('UPDATE')).toBeNull()
    expect(readDateline('READ MORE')).toBeNull()
    expect(readDateline('UN')).toBeNull()
  })

  it('should not take ordinary openings for datelines', () => {
    expect(readDateline('The Council met in Brussels.')).toBeNull()
    expect(readDateline('UN Secretary-General António Guterres said the talks would resume.')).toBeNull()
    expect(readDateline('On December 3, the Foreign Ministers’ meeting was held')).toBeNull()
    expect(readDateline('THE PRESIDENT: Well, thank you.')).toBeNull()
    expect(readDateline('CSTO Foreign Ministers meet in Belgrade')).toBeNull()
    expect(readDateline('Istanbul, 11 January 2022 was a cold day in the city')).toBeNull()
    // A document's kind in capitals, with a word or two before it, is no place; a place is.
    expect(readDateline('FINAL COMMUNIQUÉ')).toBeNull()
    expect(readDateline('JOINT PRESS RELEASE')).toBeNull()
    expect(readDateline('PORT VILA')?.place).toBe('PORT VILA')
  })
})

describe('agency lines and reporters', () => {
  it('should read an agency tag on a line of its own', () => {
    expect(readAgencyLine('Trend:')).toEqual({name: 'Trend', length: 5})
    expect(readAgencyLine('Excellencies:')).toBeNull()
    expect(readAgencyLine('Trend: the minister said')).toBeNull()
  })

  it('should find the outlet a report names as its own', () => {
    const text = 'Azerbaijan supports the normalization, Trend reports with reference to the ministry.'
    const found = findReporter(text)!
    expect([text.slice(found.start, found.end), found.name]).toEqual(['Trend', 'Trend'])
    const agency = 'Zhang Ming summed up the results, Kazinform News Agency reports.'
    const second = findReporter(agency)!
    expect([agency.slice(second.start, second.end), second.name]).toEqual(['Kazinform News Agency', 'Kazinform'])
    expect(findReporter('the Secretary General said Wednesday, Kazinform learned from Anadolu Agency.')?.name).toBe('Kazinform')
    expect(findReporter('The ministry reported no casualties. He reports weekly.')).toBeNull()
  })

  it('should name agencies from the data file, else from the tag', () => {
    expect(agencyName('AA')).toBe('Anadolu Agency')
    expect(agencyName('KAZINFORM')).toBe('Kazinform')
    expect(agencyName('BELTA')).toBe('Belta')
    expect(agencyName('Trend')).toBe('Trend')
  })
})

describe('findIssuer', () => {
  it('should name a body printed before the title’s kind word, and no one else', () => {
    const issuers = [
      'Security Council Press Statement on Attack against Peacekeepers',
      "G7 Foreign Ministers' Statement on Maritime Security",
      'The Andean Leaders’ Joint Statement',
      'Joint Statement on the Floods',
      'Biden Statement on Ukraine',
      'President Ramos Statement',
      "Chair's Statement of the Meeting"
    ].map((title) => findIssuer(title, ''))
    // Ministers and leaders are people, not an issuing body (the corpus gold gives none for `Quad Leaders’ Joint Statement`).
    expect(issuers).toEqual(['Security Council', null, null, null, null, null, null])
  })

  it('should name the outermost body of a statement’s issuer, in the body’s own case', () => {
    const title = 'STATEMENT OF THE COUNCIL OF FOREIGN MINISTERS OF THE ORGANIZATION OF TURKIC STATES ON THE SITUATION'
    expect(findIssuer(title, 'The Organization of Turkic States met.')).toBe('Organization of Turkic States')
    expect(findIssuer('Declaration of the League of Arab States on Gaza', '')).toBe('League of Arab States')
    expect(findIssuer('Resolution adopted by the Assembly of the African Union', '')).toBe('African Union')
    expect(findIssuer('STATEMENT OF THE EUROPEAN COUNCIL', '')).toBe('European Council')
  })

  it('should name the organization an official speaks for at one of its meetings', () => {
    expect(findIssuer('Speech of Secretary General X at the Meeting of the Council of Ministers of the Shanghai Cooperation Organization', '')).toBe(
      'Shanghai Cooperation Organization'
    )
  })

  it('should give no issuer for persons, states or titles without one', () => {
    expect(findIssuer('Joint Declaration by the Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand', '')).toBeNull()
    expect(findIssuer('Joint Statement Following the Summit of the Leaders of the United States and the Gulf Cooperation Council (GCC) Countries', '')).toBeNull()
    expect(findIssuer('Remarks by President Biden at the GCC + 3 Summit Meeting', '')).toBeNull()
    expect(findIssuer('Quad Leaders’ Joint Statement: “The Spirit of the Quad”', '')).toBeNull()
  })
})

describe('mastheadLine', () => {
  const knowledge = loadKnowledge()
  const kind = (text: string) => {
    const line = mastheadLine(text, knowledge)
    return line === null ? null : line.kind === 'date' ? `date ${line.date}` : line.kind === 'issuer' ? `issuer ${line.body ? 'body' : 'outlet'}` : line.kind
  }

  it('should read issuers, outlets, labels, symbols, date lines and bylines', () => {
    expect(
      [
        'Council of the EU',
        'Ministry of Foreign Affairs of the Republic of Uzbekistan',
        'AFRICAN UNION',
        'Peace and Security Council',
        'Organization of Turkic States',
        'BALKAN WIRE',
        'The Andes Herald',
        'Press release',
        'Meetings Coverage and Press Releases',
        'For information media. Not an official record.',
        'SC/15731',
        'PSC/PR/COMM.1213 (2024)',
        '18 November 2024 18:40',
        'Published: 21 May 2024',
        'Tuesday, 21 May 2024',
        '12.04.2024',
        '2024-04-12',
        'Updated on March 3, 2024 | 10:15 GMT',
        'By Rosa Mena',
        'By Rosa Mena and Luis Paz',
        'Source: Xinhua | 2024-06-05 21:14:30 | Editor: Rosa Mena',
        'Source: Xinhua | Editor: Rosa Mena',
        'Pacific Observer',
        'AFP',
        'Rosa Mena   |03.02.2025 - Update : 03.02.2025',
        'Update : 03.02.2025',
        '9 OCT 2025, 14:05',
        'Government.nl',
        'Home > Documents > Speeches',
        'Speech | 26-09-2025 | 17:40',
        'Published 14/03/2025 17h05',
        '03/14/2025',
        'Press Release Nº 98',
        'Original: ENGLISH',
        'Ministério das Relações Exteriores',
        'Media and Communication Sector',
        'MC.DEC/3/24',
        'AG/DEC. 107 (LIV-O/24)',
        'Distr.: General',
        'FIFTY-FOURTH REGULAR SESSION        OEA/Ser.P',
        'Lima, Peru        28 June 2024'
      ].map(kind)
    ).toEqual([
      'issuer body',
      'issuer body',
      'issuer body',
      'issuer body',
      'issuer body',
      'issuer outlet',
      'issuer outlet',
      'label',
      'label',
      'label',
      'symbol',
      'symbol',
      'date 2024-11-18',
      'date 2024-05-21',
      'date 2024-05-21',
      'date 2024-04-12',
      'date 2024-04-12',
      'date 2024-03-03',
      'byline',
      'byline',
      'date 2024-06-05',
      'byline',
      'issuer outlet',
      'issuer outlet',
      'date 2025-02-03',
      'date 2025-02-03',
      'date 2025-10-09',
      'label',
      'label',
      'date 2025-09-26',
      'date 2025-03-14',
      'date 2025-03-14',
      'label',
      'label',
      'issuer body',
      'issuer body',
      'symbol',
      'symbol',
      'label',
      'label',
      'date 2024-06-28'
    ])
  })

  it('should read the masthead lines of further sites: long breadcrumbs, mottos, editorial tags, bilingual names, meeting headers', () => {
    expect(
      [
        'Home > Speeches and Statements by the Prime Minister of Peru',
        'Unity · Peace · Progress',
        '[Unofficial translation]',
        'Unofficial translation. The Spanish version prevails.',
        'Share this',
        'English Edition',
        "Communauté des États de l'Afrique Centrale",
        'Committee of Ministers        Comité des Ministres',
        'CM(2026)58-final',
        '135th Session of the Committee of Ministers',
        '(Lisbon, 14-15 May 2026)',
        'G20 BRAZIL 2024',
        '3 June 2024',
        'Andes Diplomatie – Ministry of Foreign Affairs',
        'January 29, 2026 8:14 PM GMT+8 Updated 2 hours ago',
        'Ana Mena, Pacific Journalist',
        'Published on 06/11/2025 12h40'
      ].map(kind)
    ).toEqual([
      'label',
      'label',
      'label',
      'label',
      'label',
      'label',
      'issuer body',
      'issuer body',
      'symbol',
      'label',
      'label',
      'label',
      'date 2024-06-03',
      'issuer body',
      'date 2026-01-29',
      'byline',
      null
    ])
    expect(mastheadLine('Andes Diplomatie – Ministry of Foreign Affairs', knowledge)).toEqual({kind: 'issuer', name: 'Ministry of Foreign Affairs', body: true})
  })

  it('should not take titles, sentences, partial or impossible dates for masthead lines', () => {
    expect(
      [
        'Statement of the Council of Foreign Ministers of the Organization of Turkic States',
        'Ministers meet in Lima',
        'Remarks by President Ana Ramos',
        'Andean ministers pledge closer links at Lima meeting',
        'The Council met on 14 March 2024.',
        'March 2024',
        'On 14 March 2024, the ministers met',
        '31.02.2024',
        'By the end of the year',
        'Foreign Affairs Council, 18 November 2024: main results',
        'Thank you',
        'Peace | War and more',
        // A name beside no date; a date with slashes that could be either day or month first.
        'Rosa Mena | Luis Paz',
        '04/05/2025'
      ].map(kind)
    ).toEqual([null, null, null, null, null, null, null, null, null, null, null, null, null, null])
  })
})

const read = (value: string) => parse(new VFile({path: 'x.md', value}))
const summary = (tree: ReturnType<typeof read>) => [tree.kind, tree.date, tree.title, tree.publisher, tree.children.filter((node) => node.type === 'boilerplate').length]

describe('the masthead in a document', () => {

  it('should read the masthead only when a title follows it', () => {
    // The issuer-like first line is the title: nothing follows that reads as one.
    expect(summary(read('Organization of Turkic States\n\nThe Council of Foreign Ministers met in Istanbul on 11 January 2022 and adopted a statement.\n\nIt said that peace was key.'))).toEqual([
      'news',
      null,
      'Organization of Turkic States',
      null,
      0
    ])
    expect(summary(read('Organization of Turkic States\n\nPress release\n\nMinisters meet in Istanbul\n\nThe Council of Foreign Ministers met in Istanbul on 11 January 2022.'))).toEqual([
      'statement',
      '2022-01-11',
      'Ministers meet in Istanbul',
      'Organization of Turkic States',
      2
    ])
  })

  it('should take a statement’s date from a place-and-date line under its title', () => {
    expect(summary(read('Ministers’ Statement on the Floods\n\nNew York, 25 September 2024\n\nWe, the Foreign Ministers of Peru and Chile, are concerned by the floods.'))).toEqual([
      'statement',
      '2024-09-25',
      'Ministers’ Statement on the Floods',
      null,
      0
    ])
  })

  it('should take a place-and-date line that is one line of its paragraph, and the publisher from `Issued by …` closing a release', () => {
    const tree = read(
      'Chair’s conclusions of the Lima Conference\n\nLima, 24/10/2024\n[Unofficial translation]\n\n1. The Conference met in Lima.\n\n2. It agreed to meet again.\n\nIssued by the Department of Andean Relations and Cooperation (DARC)'
    )
    expect(summary(tree).slice(0, 4)).toEqual(['statement', '2024-10-24', 'Chair’s conclusions of the Lima Conference', 'Department of Andean Relations and Cooperation'])
    expect(issuedBy(['Issued by the Ministry of Foreign Affairs of Peru.', 'Issued by Ana Ramos'])).toBe('Ministry of Foreign Affairs of Peru')
    expect(issuedBy(['Issued by Ana Ramos', 'Released by the minister on Monday'])).toBeNull()
  })

  it('should prefer the place-and-date line to the meeting’s dates, and take a meeting’s last day', () => {
    const held = 'The Foreign Ministers’ Retreat was held on 18-19 January 2025 in Langkawi.'
    expect(summary(read(`Chair’s Statement of the Retreat\n\nLangkawi, Malaysia, 20 January 2025\n\n1. ${held}`))[1]).toBe('2025-01-20')
    expect(summary(read(`Chair’s Statement of the Retreat\n\n1. ${held}`))[1]).toBe('2025-01-19')
    expect(summary(read('Chair’s Statement of the Retreat\n\n1. The Retreat was held from 3 to 5 May 2023 in Suva.'))[1]).toBe('2023-05-05')
    // One day: that day.
    expect(summary(read('Chair’s Statement of the Retreat\n\n1. The Retreat was held on 18 January 2025 in Langkawi.'))[1]).toBe('2025-01-18')
  })

  it('should read a writer’s name in capitals after a standfirst as a byline when a date line follows it', () => {
    const tree = read(
      'ANDES DAILY\n\nAna Mena, Peruvian foreign minister: "We will not be lectured"\n\nOn the eve of the summit, the minister defends her government’s line.\n\nLUIS PAZ VIDAL\n\nLima - Nov 07, 2025 - 05:40 CET\n\nThe minister spoke to this newspaper in Lima, officials said.'
    )
    expect([tree.date, tree.publisher]).toEqual(['2025-11-07', 'ANDES DAILY'])
    // Without a date line after it, a line in capitals is not taken for a byline.
    const none = read('ANDES DAILY\n\nAna Mena, Peruvian foreign minister: "We will not be lectured"\n\nOn the eve of the summit, the minister defends her line.\n\nLUIS PAZ VIDAL\n\nThe minister spoke in Lima, officials said.')
    expect(none.date).toBeNull()
  })

  it('should find the dateline past a photo’s caption and a summary’s points', () => {
    const tree = read(
      'Andean ministers press Lima on trade\n\nBy Ana Mena\n\n[Photo] Ministers meet in Cusco, Peru, January 29, 2026.\n\nSummary\n\n- Ministers call for talks\n- Bolivia attends as a full member\n- Talks to continue\n\n' +
        'CUSCO, Peru, Jan 29 (Reuters) - Andean foreign ministers on Thursday urged Lima to open its market, officials said.\n\nThe talks will continue.'
    )
    expect([tree.kind, tree.dateline, tree.publisher, tree.date]).toEqual(['news', 'CUSCO, Peru', 'Reuters', null])
  })

  it('should read an outlet and date lines after the title, also after a standfirst, and keep the standfirst', () => {
    const agency = read('Ministers pledge joint fight on mining\n\nBy Rosa Mena, with Luis Paz in Lima\n\nAFP\nPublished 2025-08-19 23:41 GMT\n\nQuito (AFP) – Ministers met on Tuesday.')
    expect(summary(agency)).toEqual(['news', '2025-08-19', 'Ministers pledge joint fight on mining', 'Agence France-Presse', 3])
    const standfirst = read('Ministers agree on drafts — Paz\n\nAccording to the minister, the drafts go to the leaders on Friday\n\n9 OCT 2025, 14:05\nUpdated: 9 OCT 2025, 15:20\n\nMINSK, October 9. /TASS/. Ministers agreed on drafts, Luis Paz said.')
    expect(summary(standfirst)).toEqual(['news', '2025-10-09', 'Ministers agree on drafts — Paz', 'TASS', 2])
    expect(standfirst.children.map((node) => node.type)).toEqual(['heading', 'standfirst', 'boilerplate', 'boilerplate', 'paragraph'])
    const alone = read('Pacific Observer\n\nLeaders close meeting with policing deal\n\nPublished: 30 August 2024, 7:15 pm | Updated: 31 August 2024, 8:02 am\n\nISTANBUL\n\nLeaders met in the city on Friday.')
    expect([...summary(alone), alone.dateline]).toEqual(['news', '2024-08-30', 'Leaders close meeting with policing deal', 'Pacific Observer', 2, 'ISTANBUL'])
  })

  it('should read an official document’s header (symbols, distribution, session, two columns) and its title in capitals over lines', () => {
    const osce = read(
      'Organization for Security and Co-operation in Europe\nMinisterial Council\nLima 2024\n\nMC.DEC/3/24\n6 December 2024\n\nOriginal: ENGLISH\n\nSecond day of the Thirty-First Meeting\nMC(31) Journal No. 2, Agenda item 8\n\nDECISION No. 3/24\nAPPOINTMENT OF THE REPRESENTATIVE ON FREEDOM OF THE MEDIA\n\nThe Ministerial Council,\n\nRecalling its decision,\n\nDecides to appoint Ms. Ana Ramos.'
    )
    // Eight masthead lines, one unit each.
    expect(summary(osce)).toEqual(['statement', '2024-12-06', 'DECISION No. 3/24 APPOINTMENT OF THE REPRESENTATIVE ON FREEDOM OF THE MEDIA', 'Organization for Security and Co-operation in Europe', 8])
    expect(osce.people.map((person) => person.name)).toEqual(['Ana Ramos'])
    const oas = read(
      'ORGANIZATION OF AMERICAN STATES\nGENERAL ASSEMBLY\n\nFIFTY-FOURTH REGULAR SESSION                 OEA/Ser.P\nJune 26 to 28, 2024                          AG/DEC. 107 (LIV-O/24)\nLima, Peru                                   28 June 2024\n\nDECLARATION OF LIMA ON WATER\n\n(Adopted at the fourth plenary session, held on June 28, 2024)\n\nRECOGNIZING that water is scarce,\n\nDECLARE:\n\n1. Their commitment to manage water.'
    )
    expect(summary(oas)).toEqual(['statement', '2024-06-28', 'DECLARATION OF LIMA ON WATER', 'ORGANIZATION OF AMERICAN STATES', 5])
  })

  it('should read the pages of outlets and offices: a name over section tags, breadcrumbs with slashes, an office, a body where it sits', () => {
    const live = read('Andes Live\nNews | Andean Summit\n\nLIVE: Andean summit opens in Lima\n\nLeaders gather in the Peruvian capital.\n\nBy Andes Live Staff\nPublished On 17 May 2025\n\nLeaders met on Saturday, officials said.')
    expect([...summary(live), live.people.length]).toEqual(['news', '2025-05-17', 'LIVE: Andean summit opens in Lima', 'Andes Live', 4, 0])
    const wire = read('ANDES NEWS - Mar 22, 2025 - 21:08 | All, Peru, World, Politics\n\nPeru and Chile ministers agree to meet again\n\nLIMA - The foreign ministers of Peru and Chile agreed Saturday to meet again, officials said.')
    expect(summary(wire)).toEqual(['news', '2025-03-22', 'Peru and Chile ministers agree to meet again', 'ANDES NEWS', 1])
    const office = read('Andean Community Secretary-General\n\nHome / Statements / Secretary-General’s Statements\n\nSecretary-General’s address to the Lima Summit\n\nLima, 08 September 2025\nSecretary-General Ana Ramos\n\nExcellencies,\n\nI welcome you.\n\nThank you.')
    expect(summary(office)).toEqual(['speech', '2025-09-08', 'Secretary-General’s address to the Lima Summit', 'Andean Community Secretary-General', 2])
    const sits = read('ANDEAN ORGANISATION\nGeneral Secretariat – Lima\n\nFINAL COMMUNIQUÉ OF THE MEETING\n\nThe Council met in Lima on 6 April 2025.\n\nThe Council welcomed the talks.')
    expect(summary(sits).slice(0, 4)).toEqual(['statement', '2025-04-06', 'FINAL COMMUNIQUÉ OF THE MEETING', 'ANDEAN ORGANISATION'])
    expect(mastheadLine('General Secretariat – Lima', loadKnowledge())).toEqual({kind: 'issuer', name: 'General Secretariat', body: true})
    expect(mastheadLine('12.03.2026 - Press release', loadKnowledge())).toEqual({kind: 'date', date: '2026-03-12'})
    expect(mastheadLine('Lima - Press release', loadKnowledge())).toBeNull()
    expect(read('Remarks at the Lima Summit [as delivered]\n\nExcellencies,\n\nI welcome you.\n\nThank you.').title).toBe('Remarks at the Lima Summit')
    expect(mastheadLine('European Andean Service (EAS)', loadKnowledge())).toEqual({kind: 'issuer', name: 'European Andean Service', body: true})
  })

  it('should read an acronym over a section opening a page, and a site’s short name beside an issuer', () => {
    const radio = read('ANR\nPacific\n\nAndean leaders welcome the talks\n\n7:05 pm on 14 August 2025\n\nShare this\n\nAna Mena, ANR Pacific Journalist\n\nLeaders met on Saturday, officials said.')
    expect(summary(radio)).toEqual(['news', '2025-08-14', 'Andean leaders welcome the talks', 'ANR', 5])
    const site = read('gov.pe\nPresidencia de la República\nPalacio\n\nInicio > Discursos > 2025\n\nSpeech by President Ana Ramos at the Lima Summit\n\nExcellencies,\n\nI welcome you.\n\nThank you.')
    expect(summary(site).slice(0, 4)).toEqual(['speech', null, 'Speech by President Ana Ramos at the Lima Summit', 'Presidencia de la República'])
    // Not a statement's heading over its title: that says more than a name.
    const heading = read('JOINT STATEMENT\n\nOn the meeting of the foreign ministers in Lima\n\n1. The ministers met in Lima.')
    expect(heading.title).not.toBe('On the meeting of the foreign ministers in Lima')
  })

  it('should read mottos, breadcrumbs from any first word, long editorial notes, categories, language switchers and section tags with slashes', () => {
    expect(
      [
        'Inicio / Sala de prensa / Declaraciones',
        '[Unofficial translation – the Spanish text is the only authentic version]',
        'Posted on 24 Apr, 2025 | Category: Communiqués',
        'ENGLISH | 한국어 | 中文 | 日本語',
        'ANALYSIS / AFRICA',
        'Europe live',
        'Home » Media Centre » Communiqués',
        'Peru and Chile agree to meet / talks end'
      ].map((line) => mastheadLine(line, loadKnowledge()))
    ).toEqual([
      {kind: 'label', release: false},
      {kind: 'label', release: false},
      {kind: 'date', date: '2025-04-24'},
      {kind: 'label', release: false},
      {kind: 'label', release: false},
      {kind: 'label', release: false},
      {kind: 'label', release: true},
      null
    ])
    const motto = read('ECAN\nEconomic Community of Andean Nations\nTowards a Common Future\n\nHome > Media > Communiqués\n\nCommuniqué of the Extraordinary Virtual Summit of the Andean Heads of State held on 24th April 2025\n\n1. The Summit met on 24 April 2025.')
    expect(summary(motto).slice(0, 4)).toEqual([
      'statement',
      '2025-04-24',
      'Communiqué of the Extraordinary Virtual Summit of the Andean Heads of State held on 24th April 2025',
      'Economic Community of Andean Nations'
    ])
    // A page's menu under the title is masthead, and its first word no speaker of a headline.
    const menu = read('Communiqué of the Andean Council on Trade\n\n18 Mar 2026\nDownload: English | Français | العربية | Português\n\n1. The Council met in Lima.')
    expect([menu.date, menu.people.map((person) => person.name)]).toEqual(['2026-03-18', []])
  })

  it('should drop an agency’s tag before a title, name an agency as its masthead prints it, and read a bare name over a date line as a byline', () => {
    const wire = read('Andes News Agency\n\nHome > National > Diplomacy\n\n(LEAD) Peru, Chile agree to launch a minerals partnership\n\nLIMA, Nov. 18 (Andes) -- Peru and Chile agreed on Tuesday to launch a partnership, officials said.')
    expect([wire.title, wire.publisher]).toEqual(['Peru, Chile agree to launch a minerals partnership', 'Andes News Agency'])
    const bare = read('ANDES.COM\n\nHome | Latest | Peru\n\nPeru and Chile agree to extend the corridor\n\nRosa Mena Ortiz\n\nPublished May 17, 2026 Updated about 9 hours ago\n\nLima and Santiago agreed on Saturday to extend the corridor, officials said.')
    expect([bare.title, bare.date]).toEqual(['Peru and Chile agree to extend the corridor', '2026-05-17'])
  })

  it('should read a title that is the last line of a block of masthead lines, a meeting’s header and place-and-date line over it, and a speech’s `Delivered on` date', () => {
    const speech = read(
      'gov.pe\nMinistry of Foreign Affairs\n\nSpeech\nMinister Ruiz’s keynote address at the Lima Institute\n\nFrom Ministry of Foreign Affairs\nPublished on 15 October 2025\n\n' +
        'Delivered on Tuesday, 14 October 2025, at the Institute, 8 Grand Street, Lima. The event was chaired by Dr Ana Tora, Director.\n\nThank you, Ana. I am glad to be here.\n\nThank you.'
    )
    expect(summary(speech).slice(0, 4)).toEqual(['speech', '2025-10-14', 'Minister Ruiz’s keynote address at the Lima Institute', 'Ministry of Foreign Affairs'])
    const communique = read(
      'ANDCOM – Comunidad Andina / Comunidade Andina\n\nLXVII Summit of Heads of State of ANDCOM and Associated States\nCusco, 19–20 December 2025\n\nJoint Communiqué of the Presidents of the States of ANDCOM\n\n1. The Presidents met in Cusco.'
    )
    expect(summary(communique).slice(0, 4)).toEqual(['statement', '2025-12-20', 'Joint Communiqué of the Presidents of the States of ANDCOM', 'ANDCOM'])
  })

  it('should name the publisher by what an acronym over it in the masthead stands for', () => {
    const tree = read('ECAN | CEAN\nEconomic Community of Andean Nations\n\nFinal Communiqué on Regional Trade\n\n1. The Summit met in Lima on 3 May 2025.')
    expect(summary(tree).slice(0, 4)).toEqual(['statement', '2025-05-03', 'Final Communiqué on Regional Trade', 'Economic Community of Andean Nations'])
    // An acronym that does not stand for the name stays the publisher.
    const other = read('ANDES | SEDNA\nEconomic Community of Andean Nations\n\nFinal Communiqué on Regional Trade\n\n1. The Summit met in Lima on 3 May 2025.')
    expect(other.publisher).toBe('ANDES')
  })

  it('should read a year-less dateline against the masthead’s date', () => {
    const tree = read('ANDES WIRE\n\nMinisters meet in Lima\n\nPublished: 21 May 2024\n\nLIMA, May 20 (Andes Wire) — Ministers met in Lima on Monday.')
    // The agency tag names the publisher before the masthead does.
    expect(summary(tree)).toEqual(['news', '2024-05-20', 'Ministers meet in Lima', 'Andes Wire', 2])
  })
})
