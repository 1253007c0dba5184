import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {looksLikeName, parse, readSignature, recitalOpener} from '@communique/parser'
import type {Document} from '@communique/doctree'

const read = (value: string): Document => parse(new VFile({path: 'x.md', value}))
const counts = (tree: Document) => ({
  recitals: tree.children.flatMap((node) => (node.type === 'preamble' ? node.children.filter((child) => child.type === 'recital') : [])).length,
  clauses: tree.children.flatMap((node) => (node.type === 'operative' ? node.children : [])).length
})

describe('recitalOpener', () => {
  it('should read participial openers, known and unknown', () => {
    expect(recitalOpener('Reaffirming the ties,')).toBe('Reaffirming')
    expect(recitalOpener('Bearing in mind the Charter,')).toBe('Bearing in mind')
    expect(recitalOpener('Having considered the report,')).toBe('Having considered')
    expect(recitalOpener('Guided by the purposes of the Charter,')).toBe('Guided')
    expect(recitalOpener('Deeply concerned about the floods;')).toBe('Deeply concerned')
    expect(recitalOpener('Acclaiming the new agreement,')).toBe('Acclaiming')
  })

  it('should read openers printed in capitals, as printed', () => {
    expect(recitalOpener('RECOGNIZING that the region holds water,')).toBe('RECOGNIZING')
    expect(recitalOpener('RECALLING ALSO the Declaration of Lima,')).toBe('RECALLING')
    expect(recitalOpener('BEARING IN MIND the Charter,')).toBe('BEARING IN MIND')
    expect(recitalOpener('DECLARE:')).toBeNull()
    expect(recitalOpener('THE MINISTERS OF FOREIGN AFFAIRS,')).toBeNull()
  })
  it('should not take narrative -ing sentences for recitals', () => {
    expect(recitalOpener('Speaking to Anadolu, he said the summit would go ahead.')).toBeNull()
    expect(recitalOpener('During the meeting, ministers spoke.')).toBeNull()
    expect(recitalOpener('Building on the progress, we will act,')).toBeNull()
  })
})

describe('signatures', () => {
  it('should read name and title lines, with a label', () => {
    expect(readSignature('Hun Manet\nPrime Minister of the Kingdom of Cambodia')).toEqual({
      role: 'signature',
      label: null,
      name: 'Hun Manet',
      title: 'Prime Minister of the Kingdom of Cambodia'
    })
    expect(readSignature('Witnessed by:\nDonald J. Trump\nPresident of the United States of America')?.name).toBe('Donald J. Trump')
    expect(readSignature('For the Government of Japan:\nYoko Kamikawa')?.label).toBe('For the Government of Japan:')
  })
  it('should not read sentences as signatures', () => {
    expect(readSignature('The ministers agreed.\nThey will meet again.')).toBeNull()
    expect(readSignature('Signed at Kuala Lumpur on October 26, 2025.')).toBeNull()
    expect(looksLikeName('Salman bin Abdulaziz Al Saud')).toBe(true)
    expect(looksLikeName('Thank you')).toBe(false)
  })
})

describe('kind and structure', () => {
  it('should read a statement with recitals, a formula, numbered clauses and a closing sentence', () => {
    const tree = read(
      '## Statement of the Council of the League of Arab States\n\nRecalling its earlier decisions,\n\nNoting with concern the situation,\n\nThe Council has:\n\n1. Condemned the attacks.\n2. Called for restraint.\n\nThe Council agreed to remain seized of the matter.'
    )
    expect([tree.kind, tree.publisher, counts(tree)]).toEqual(['statement', 'League of Arab States', {recitals: 2, clauses: 2}])
    expect(tree.children.at(-1)?.type).toBe('closing')
  })

  it('should count a source’s repeated `1.` numbering as separate clauses, keeping the printed number', () => {
    const tree = read('## Joint Declaration\n\nWe declare the following:\n\n1. One.\n\n1. Two.\n\n1. Three.')
    const operative = tree.children.find((node) => node.type === 'operative')
    expect(operative?.type === 'operative' && operative.children.map((clause) => clause.num)).toEqual(['1.', '1.', '1.'])
  })

  it('should read unnumbered operative paragraphs after a chapeau ending with a semicolon', () => {
    const tree = read('Statement of the Council of Europe on Ukraine\n\nMember States of the Council of Europe;\n\nCondemn the attack,\n\nExpress their solidarity.')
    expect([tree.kind, counts(tree)]).toEqual(['statement', {recitals: 0, clauses: 2}])
  })

  it('should read numbered sub-points `(a)` as points of their clause', () => {
    const tree = read('# Communiqué\n\nThe Ministers agreed as follows:\n\n1. To act:\n   (a) now;\n   (b) later.\n2. To meet.')
    expect(counts(tree).clauses).toBe(2)
  })

  it('should read a speech from its title, salutations and closing', () => {
    const tree = read('**Address by the Secretary-General to the Assembly**\n\nNew York, 5 March 2024\n\nExcellencies,\n\nI am glad to be here.\n\nThank you.')
    expect([tree.kind, tree.date, tree.children.map((node) => node.type)]).toEqual([
      'speech',
      '2024-03-05',
      ['heading', 'venue', 'salutation', 'paragraph', 'closing']
    ])
  })

  it('should read a news report from its dateline and reporting verbs, not from a title word', () => {
    const tree = read('OTS adopts statement on Kazakhstan\n\nANKARA (AA) – The organization adopted a statement on Tuesday, its secretary general said.')
    expect([tree.kind, tree.dateline, tree.publisher]).toEqual(['news', 'ANKARA', 'Anadolu Agency'])
  })

  it('should not date a statement from the dates of earlier meetings', () => {
    const tree = read('## Joint Statement\n\n- The leaders met today. They noted the previous summits held on May 14, 2015 and May 21, 2017.\n- They agreed to meet again.')
    expect(tree.date).toBeNull()
  })

  it('should date a statement from where it was signed', () => {
    const tree = read('## Joint Declaration\n\nWe declare the following:\n\n1. Peace.\n\nDone at Geneva on 2 April 2024, in two copies.')
    expect(tree.date).toBe('2024-04-02')
  })
})

describe('kinds from other publishers’ pages', () => {
  it('should read a press conference as a speech, with its speakers’ turns and the date it opens with', () => {
    const tree = read(
      'Ministry of Foreign Affairs of Peru\n\nPress Conference by Foreign Minister RAMOS Ana\n\nTuesday, March 4, 2025, 10:32 a.m. Press Conference Room\n\nMinister RAMOS: I have one announcement.\n\nReporter (Andes TV): What about the talks?\n\nMinister RAMOS: They go on.'
    )
    expect([tree.kind, tree.date]).toEqual(['speech', '2025-03-04'])
    const labels: string[] = []
    for (const node of tree.children) if (node.type === 'paragraph') for (const child of node.children) if (child.type === 'label') labels.push(child.value)
    expect(labels).toEqual(['Minister RAMOS:', 'Reporter (Andes TV):', 'Minister RAMOS:'])
  })

  it('should read a communiqué with a place-and-date line as a statement, and a list of participants as no clauses', () => {
    const tree = read(
      'Secretariat General of the Andean Council\nMedia and Communication Sector\n\nFinal Communiqué of the 12th Session of the Andean Council\n\nLima, 6 April 2025\n\nThe Council held its 12th session in Lima under the chairmanship of Minister Ana Ramos, with the participation of:\n\n- His Excellency Luis Paz, Minister of Foreign Affairs, Republic of Chile\n- H.E. Dr. Rosa Mena, Minister of State, Plurinational State of Bolivia\n\nThe Council reviewed the progress of joint action.\n\nThe Council welcomed the launch of the visa.'
    )
    expect([tree.kind, tree.date]).toEqual(['statement', '2025-04-06'])
    expect(counts(tree)).toEqual({recitals: 0, clauses: 0})
    expect(tree.people.map((person) => person.name)).toEqual(['Ana Ramos', 'Luis Paz', 'Rosa Mena'])
  })

  it('should take a speech’s speaker from a line under its title, with the post the title names', () => {
    const tree = read(
      'Opening Remarks by the Minister for Foreign Affairs of the Republic of Peru at the Lima Forum\n\nH.E. Ana Lucía Ramos\nLima, 10 December 2024\n\nExcellencies,\n\nI welcome you all. Peru stands ready.\n\nThank you.'
    )
    expect([tree.kind, tree.date]).toEqual(['speech', '2024-12-10'])
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post])).toEqual([['Ana Lucía Ramos', 'Minister for Foreign Affairs of the Republic of Peru']])
    expect(tree.meeting?.participants.map((participant) => [participant.entity, participant.basis])).toEqual([['p1', 'delivered']])
    const venue = tree.children.find((node) => node.type === 'venue')
    expect(venue?.type === 'venue' ? venue.place : null).toBe('Lima')
  })

  it('should read a name with its surname in capitals (`RAMOS Ana`), and not capitals alone', () => {
    const tree = read('Press Conference by Foreign Minister RAMOS Ana\n\nTuesday, March 4, 2025, 10:32 a.m.\n\nMinister RAMOS: Prime Minister PAZ Luis and I met NHK and the OECD.')
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post])).toEqual([
      ['RAMOS Ana', 'Foreign Minister'],
      ['PAZ Luis', 'Prime Minister']
    ])
  })

  it('should read a declaration with recitals in capitals, and no footnote under a rule as a clause', () => {
    const tree = read(
      'DECLARATION OF LIMA ON WATER\n\nTHE MINISTERS OF FOREIGN AFFAIRS OF THE AMERICAS,\n\nRECOGNIZING that water is scarce,\n\nRECALLING ALSO the Declaration of Quito,\n\nDECLARE:\n\n1. Their commitment to manage water.\n\n2. Their gratitude to Peru.\n\n_______________\n\n1. One delegation joins consensus on its own understanding.'
    )
    expect([tree.kind, counts(tree)]).toEqual(['statement', {recitals: 2, clauses: 2}])
  })

  it('should still read a place and a date without a year on a line of their own as a news dateline', () => {
    expect(read('Ministers meet in Lima\n\nLIMA, Peru, Jan. 11\n\nMinisters met on Monday, officials said.').kind).toBe('news')
  })
})

describe('a post word after a country or organization at the end of a block', () => {
  it('should not crash the recognizers (found by the property tests)', () => {
    for (const text of ['OTS Vice', 'He was elected NATO Vice.', 'Azerbaijan acting']) {
      expect(() => parse(new VFile({value: text}))).not.toThrow()
    }
  })
})
