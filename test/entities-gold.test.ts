// People, attendance and quotations across the corpus, against the gold annotations (scores printed).
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toString, visit, type Document} from '@communique/doctree'
import {emptyKnowledge, fold, loadKnowledge, organizationIndex, type Knowledge} from '@communique/knowledge'
import {decode, parse} from '@communique/parser'
import {resolve, type Corpus} from '@communique/resolver'
import type {Gold} from './gold.js'

const folder = new URL('../corpus/', import.meta.url)
const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
const gold = (file: string) => JSON.parse(readFileSync(new URL(`gold/${file.slice(0, -4)}.json`, import.meta.url), 'utf8')) as Gold

function run(knowledge = loadKnowledge()): {trees: Map<string, Document>; corpus: Corpus} {
  const trees = new Map<string, Document>()
  for (const file of files) trees.set(file, parse(decode(readFileSync(new URL(file, folder)), file), {knowledge}))
  const corpus = resolve([...trees].map(([file, tree]) => ({stem: file.slice(0, -4), file, tree})), {knowledge})
  return {trees, corpus}
}

const share = ({right, total}: {right: number; total: number}) => `${right}/${total}`
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn))

function scores(trees: Map<string, Document>, corpus: Corpus, knowledge: Knowledge = loadKnowledge()) {
  const person = (id: string) => corpus.people.find((item) => item.id === id)!
  const forms = (id: string) => [person(id).name, ...person(id).alternateNames].map(fold)
  // The gold gives an organization as the text names it (`Turkic Council`); the tree its current name.
  const organization = (name: string | null) => (name === null ? '' : (organizationIndex(knowledge).entries.get(fold(name))?.organization.name ?? name))
  const result = {
    persons: {tp: 0, fp: 0, fn: 0},
    attendees: {tp: 0, fp: 0, fn: 0},
    chairs: {right: 0, total: 0},
    quotes: {right: 0, total: 0},
    // Of the persons and attendees found: the post as the gold gives it, and the attendee's country and organization.
    posts: {right: 0, total: 0},
    attendeePosts: {right: 0, total: 0},
    attendeeCountries: {right: 0, total: 0},
    attendeeOrganizations: {right: 0, total: 0}
  }
  for (const file of files) {
    const expected = gold(file)
    const tree = trees.get(file)!
    // Posts: the gold's (the fullest mention's) is one of the posts the document gives the person.
    for (const item of expected.persons) {
      const record = tree.people.find((candidate) => [candidate.name, ...candidate.variants].map(fold).includes(fold(item.name)))
      if (!record) continue
      result.posts.total++
      const posts = record.roles.map((role) => fold(role.post))
      if (item.role === null ? posts.length === 0 : posts.includes(fold(item.role))) result.posts.right++
    }
    // Attendees' posts (without the country, as the gold gives them), countries and organizations, in the document's own meeting.
    for (const item of expected.attendees) {
      const participant = tree.meeting?.participants.find((candidate) => {
        const record = tree.people.find((entry) => entry.entity === candidate.entity)
        return record !== undefined && [record.name, ...record.variants].map(fold).includes(fold(item.name))
      })
      if (!participant) continue
      const role = participant.role
      result.attendeePosts.total++
      result.attendeeCountries.total++
      result.attendeeOrganizations.total++
      if (role && [role.post, role.function].map(fold).includes(fold(item.role))) result.attendeePosts.right++
      if ((role?.country ?? null) === item.country) result.attendeeCountries.right++
      if (fold(organization(role?.organization ?? null)) === fold(organization(item.organization))) result.attendeeOrganizations.right++
    }
    // Persons, from each document's mentions.
    const found = tree.people.map((record) => [record.name, ...record.variants].map(fold))
    const used = new Set<number>()
    for (const item of expected.persons) {
      const index = found.findIndex((names, position) => !used.has(position) && names.includes(fold(item.name)))
      if (index >= 0) {
        used.add(index)
        result.persons.tp++
      } else result.persons.fn++
    }
    result.persons.fp += found.length - used.size
    // Attendees, from the `sources` of the resolved participants.
    const participants = corpus.meetings.flatMap((meeting) => meeting.participants).filter((participant) => participant.sources.includes(file))
    const matched = new Set<number>()
    for (const item of expected.attendees) {
      const index = participants.findIndex((participant, position) => !matched.has(position) && forms(participant.person).includes(fold(item.name)))
      if (index >= 0) {
        matched.add(index)
        result.attendees.tp++
      } else result.attendees.fn++
      if (item.chair) {
        result.chairs.total++
        if (index >= 0 && participants[index]!.chair) result.chairs.right++
      }
    }
    result.attendees.fp += participants.length - matched.size
    // Quotations: found, and attributed to the right person.
    const quotes: Array<{text: string; speaker: string | null}> = []
    visit(tree, (node) => {
      if (node.type === 'quote') quotes.push({text: fold(toString(node)), speaker: node.speaker ?? null})
    })
    for (const item of expected.quotes) {
      result.quotes.total++
      const quote = quotes.find((candidate) => candidate.text.startsWith(fold(item.start).slice(0, 24)))
      const speaker = quote?.speaker ? corpus.personIndex[file.slice(0, -4)]![quote.speaker] : undefined
      if (speaker && forms(speaker).includes(fold(item.speaker))) result.quotes.right++
    }
  }
  return result
}

describe('people, meetings and quotations against gold', () => {
  const {trees, corpus} = run()
  const result = scores(trees, corpus)

  it('should find persons, attendees, chairs and quotations (scores printed)', () => {
    const persons = f1(result.persons.tp, result.persons.fp, result.persons.fn)
    const attendees = f1(result.attendees.tp, result.attendees.fp, result.attendees.fn)
    console.log(
      `persons F1 ${persons.toFixed(3)} (${JSON.stringify(result.persons)}); attendees F1 ${attendees.toFixed(3)} (${JSON.stringify(result.attendees)}); chairs ${result.chairs.right}/${result.chairs.total}; quotations ${result.quotes.right}/${result.quotes.total}; ` +
        `posts ${share(result.posts)}; attendees' posts ${share(result.attendeePosts)}, countries ${share(result.attendeeCountries)}, organizations ${share(result.attendeeOrganizations)}`
    )
    expect(persons).toBeGreaterThanOrEqual(0.9)
    expect(attendees).toBeGreaterThanOrEqual(0.9)
    expect(result.chairs.right).toBe(result.chairs.total)
    expect(result.quotes.right / result.quotes.total).toBeGreaterThanOrEqual(0.85)
    // A speech's speaker has no country when the text never says whose President speaks (four White House remarks).
    expect(result.posts.right / result.posts.total).toBeGreaterThanOrEqual(0.95)
    expect(result.attendeePosts.right / result.attendeePosts.total).toBeGreaterThanOrEqual(0.95)
    expect(result.attendeeCountries.right / result.attendeeCountries.total).toBeGreaterThanOrEqual(0.85)
    expect(result.attendeeOrganizations.right / result.attendeeOrganizations.total).toBeGreaterThanOrEqual(0.95)
  })

  it('should name no person twice', () => {
    const keys = corpus.people.map((person) => fold(person.name))
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index)
    expect(repeated).toEqual([])
    // No full name (folded) belongs to two people.
    const forms = corpus.people.flatMap((person) => [...new Set([person.name, ...person.alternateNames].filter((form) => form.split(' ').length > 1).map(fold))])
    expect(forms.filter((form, index) => forms.indexOf(form) !== index)).toEqual([])
  })

  it('should make the 11 January 2022 meeting one event with its eight participants', () => {
    const meeting = corpus.meetings.find((item) => item.startDate === '2022-01-11')!
    const name = (id: string) => corpus.people.find((person) => person.id === id)!
    const rows = meeting.participants.map((participant) => {
      const person = name(participant.person)
      return [person.name, participant.chair, participant.country, participant.status, [person.name, ...person.alternateNames].join(';'), participant.sources.join(';')]
    })
    expect(corpus.meetings.filter((item) => item.startDate === '2022-01-11')).toHaveLength(1)
    expect(meeting.reportedBy).toEqual(['000_d0cde2db8aede425', '001_9ca8712c1a37754b', '002_587fe20fba9a8e01', '003_fb7af6a5a26be051', '004_ddff4dbabb80b2ef'])
    expect(rows).toEqual([
      ['Mevlüt Çavuşoğlu', true, 'TR', 'member', 'Mevlüt Çavuşoğlu;Mevlut Cavusoglu;Cavusoglu', '001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt;003_fb7af6a5a26be051.txt'],
      ['Abdulaziz Kamilov', false, 'UZ', 'member', 'Abdulaziz Kamilov', '001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt'],
      ['Baghdad Amreyev', false, null, 'secretariat', 'Baghdad Amreyev;Bagdad Amreyev', '001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt;004_ddff4dbabb80b2ef.txt'],
      ['Jeyhun Bayramov', false, 'AZ', 'member', 'Jeyhun Bayramov;Bayramov', '000_d0cde2db8aede425.txt;001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt;003_fb7af6a5a26be051.txt'],
      ['Mukhtar Tileuberdi', false, 'KZ', 'member', 'Mukhtar Tileuberdi;Mukhtar Tleuberdi;Tleuberdi', '001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt'],
      ['Péter Szijjártó', false, 'HU', 'observer', 'Péter Szijjártó;Peter Szijjarto', '001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt'],
      ['Rashid Meredov', false, 'TM', 'observer', 'Rashid Meredov', '001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt'],
      ['Ruslan Kazakbaev', false, 'KG', 'member', 'Ruslan Kazakbaev;Ruslan Kazakbayev', '001_9ca8712c1a37754b.txt;002_587fe20fba9a8e01.txt']
    ])
    const amreyev = meeting.participants.find((participant) => name(participant.person).name === 'Baghdad Amreyev')!
    expect(corpus.organizations.find((organization) => organization.id === amreyev.organization)?.name).toBe('Organization of Turkic States')
  })

  it('should still read people and meetings with the knowledge files disabled', () => {
    const plain = run(emptyKnowledge)
    const plainScores = scores(plain.trees, plain.corpus)
    console.log(`without knowledge: persons ${JSON.stringify(plainScores.persons)}, attendees ${JSON.stringify(plainScores.attendees)}, quotations ${plainScores.quotes.right}/${plainScores.quotes.total}`)
    expect(f1(plainScores.persons.tp, plainScores.persons.fp, plainScores.persons.fn)).toBeGreaterThanOrEqual(0.9)
    expect(f1(plainScores.attendees.tp, plainScores.attendees.fp, plainScores.attendees.fn)).toBeGreaterThanOrEqual(0.9)
    const meeting = plain.corpus.meetings.filter((item) => item.startDate === '2022-01-11')
    expect(meeting.map((item) => item.participants.length)).toEqual([8])
    expect(meeting[0]!.participants.every((participant) => participant.status === null)).toBe(true)
  })
})
