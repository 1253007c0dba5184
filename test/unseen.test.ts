// Documents from other bodies and outlets, written apart from the toolkit (test/unseen*/README.md):
// agreement with their gold, printed, and floors it must not fall below.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toString, visit, type Document} from '@communique/doctree'
import {fold, loadKnowledge} from '@communique/knowledge'
import {decode, parse} from '@communique/parser'
import type {Gold} from './gold.js'

const knowledge = loadKnowledge()

const same = (a: string | null, b: string | null) => fold(a ?? '') === fold(b ?? '')
const names = (tree: Document, entity: string) => {
  const record = tree.people.find((person) => person.entity === entity)
  return record ? [record.name, ...record.variants].map(fold) : []
}

function score(folder: URL, file: string) {
  const gold = JSON.parse(readFileSync(new URL(`gold/${file.slice(0, -4)}.json`, folder), 'utf8')) as Gold
  const tree = parse(decode(readFileSync(new URL(file, folder)), file), {knowledge})
  const meta = [tree.kind === gold.kind, tree.date === gold.date, same(tree.title, gold.title), same(tree.dateline, gold.dateline), same(tree.publisher, gold.publisher)]
  // Persons and attendees, matched by any form of the name.
  const people = new Set<string>()
  let personsFound = 0
  for (const person of gold.persons) {
    const record = tree.people.find((candidate) => !people.has(candidate.entity) && names(tree, candidate.entity).includes(fold(person.name)))
    if (record) {
      people.add(record.entity)
      personsFound++
    }
  }
  const participants = tree.meeting?.participants ?? []
  const attended = new Set<string>()
  for (const attendee of gold.attendees) {
    const participant = participants.find((candidate) => !attended.has(candidate.entity) && names(tree, candidate.entity).includes(fold(attendee.name)))
    if (participant) attended.add(participant.entity)
  }
  // Quotations attributed to the gold's speaker.
  const quotes: Array<{text: string; speaker: string | null}> = []
  let recitals = 0
  let clauses = 0
  visit(tree, (node) => {
    if (node.type === 'quote') quotes.push({text: fold(toString(node)), speaker: node.speaker ?? null})
    if (node.type === 'recital') recitals++
    if (node.type === 'clause') clauses++
  })
  let attributed = 0
  for (const quote of gold.quotes) {
    const found = quotes.find((candidate) => candidate.text.startsWith(fold(quote.start).slice(0, 20)))
    const forms = [quote.speaker, ...(gold.persons.find((person) => fold(person.name) === fold(quote.speaker))?.variants ?? [])].map(fold)
    if (found?.speaker && names(tree, found.speaker).some((form) => forms.includes(form))) attributed++
  }
  return {
    meta: meta.filter(Boolean).length,
    persons: {gold: gold.persons.length, found: personsFound, extra: tree.people.length - people.size},
    attendees: {gold: gold.attendees.length, found: attended.size, extra: participants.length - attended.size},
    quotes: {gold: gold.quotes.length, attributed},
    structure: Number(recitals === gold.recitals) + Number(clauses === gold.operative_clauses)
  }
}

/** Least agreement per set (shares, and counts of people named that the gold does not name). */
interface Floors {
  meta: number
  persons: number
  personsExtra: number
  attendees: number
  attendeesExtra: number
  quotes: number
  structure: number
}

const sets: Array<{name: string; note: string; floors: Floors}> = [
  {
    name: 'unseen',
    // Measured 2026-12-02: 58/60, 61/66 (1), 33/38 (0), 17/22, 24/24.
    note: 'the first twelve, on which the heuristics have since been taught',
    floors: {meta: 0.96, persons: 0.92, personsExtra: 0, attendees: 0.89, attendeesExtra: 1, quotes: 0.77, structure: 24}
  },
  {
    name: 'unseen2',
    // At first contact (2026-12-02, before any change made for them): 32/60, 45/63 (15), 13/40 (2), 17/31,
    // 22/24; after the changes made with them in view: 56/60, 60/63 (3), 29/40 (1), 25/31, 24/24
    // (test/unseen2/README.md); attendees 31/40 since the named holders of a post whose holders from listed states met.
    note: 'the second twelve, on which the heuristics have since been taught',
    floors: {meta: 0.93, persons: 0.96, personsExtra: 3, attendees: 0.8, attendeesExtra: 1, quotes: 0.87, structure: 24}
  },
  {
    name: 'unseen3',
    // At first contact (2026-12-02, with every change the second set led to): 25/60, 53/77 (19), 10/58 (2),
    // 9/23, 20/24; after the changes made with it in view (page layouts, names, attendance, quotations): 45/60,
    // 61/77 (8), 18/58 (1), 13/23, 21/24 (test/unseen3/README.md). Next session: quotations 16/23 (a tag's
    // subject past its honorifics: `Mrs Langat said`); attendees 21/58 (the named holders of a post whose holders
    // from listed states met).
    note: 'the third twelve (page layouts, names, attendance and quotations taught on it)',
    floors: {meta: 0.88, persons: 0.85, personsExtra: 5, attendees: 0.51, attendeesExtra: 1, quotes: 0.69, structure: 22}
  },
  {
    name: 'unseen4',
    // At first contact (2026-12-02, sixth session, commit ff96b4f): 32/60, 113/142 (16), 28/97 (4), 20/38, 21/24;
    // after the changes made with it in view: see test/unseen4/README.md.
    note: 'the fourth twelve',
    floors: {meta: 0.93, persons: 0.95, personsExtra: 5, attendees: 0.95, attendeesExtra: 2, quotes: 0.81, structure: 22}
  },
  {
    name: 'unseen5',
    // At first contact (2026-12-02, sixth session, commit 6aa9225, after every change the fourth set led to).
    note: 'the fifth twelve',
    floors: {meta: 0.86, persons: 0.89, personsExtra: 6, attendees: 0.82, attendeesExtra: 0, quotes: 0.73, structure: 22}
  },
  {
    name: 'unseen6',
    // At first contact (2026-12-02, sixth session, commit 9c20bac, after every change the fourth and fifth sets led to).
    note: 'the sixth twelve',
    floors: {meta: 0.66, persons: 0.8, personsExtra: 16, attendees: 0.65, attendeesExtra: 6, quotes: 0.71, structure: 21}
  }
]

describe('documents the heuristics were not written on', () => {
  for (const {name, note, floors} of sets) {
    it(`should agree with their gold at least as well as recorded: ${name}/, ${note} (scores printed)`, () => {
      const folder = new URL(`${name}/`, import.meta.url)
      const files = readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()
      const results = files.map((file) => ({file, ...score(folder, file)}))
      const sum = (pick: (result: (typeof results)[number]) => number) => results.reduce((total, result) => total + pick(result), 0)
      const total = {
        meta: sum((result) => result.meta),
        persons: sum((result) => result.persons.gold),
        personsFound: sum((result) => result.persons.found),
        personsExtra: sum((result) => result.persons.extra),
        attendees: sum((result) => result.attendees.gold),
        attendeesFound: sum((result) => result.attendees.found),
        attendeesExtra: sum((result) => result.attendees.extra),
        quotes: sum((result) => result.quotes.gold),
        attributed: sum((result) => result.quotes.attributed),
        structure: sum((result) => result.structure)
      }
      console.log(
        `${name} (${files.length}): metadata ${total.meta}/${files.length * 5}; persons ${total.personsFound}/${total.persons} found, ${total.personsExtra} not in gold; ` +
          `attendees ${total.attendeesFound}/${total.attendees} found, ${total.attendeesExtra} not in gold; quotations ${total.attributed}/${total.quotes} attributed; recitals and clauses ${total.structure}/${files.length * 2}`
      )
      expect(total.meta / (files.length * 5)).toBeGreaterThanOrEqual(floors.meta)
      expect(total.personsFound / total.persons).toBeGreaterThanOrEqual(floors.persons)
      expect(total.personsExtra).toBeLessThanOrEqual(floors.personsExtra)
      expect(total.attendeesFound / total.attendees).toBeGreaterThanOrEqual(floors.attendees)
      expect(total.attendeesExtra).toBeLessThanOrEqual(floors.attendeesExtra)
      expect(total.attributed / total.quotes).toBeGreaterThanOrEqual(floors.quotes)
      expect(total.structure).toBeGreaterThanOrEqual(floors.structure)
    })
  }
})
