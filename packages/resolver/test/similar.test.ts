// The indices behind linear-time resolution give what a scan over everything gives.
import {compatibleRoles} from '@communique/knowledge'
import {clusterPeople, IdMinter, sameName, wordSimilarity, type DocumentPerson, type PersonCluster} from '@communique/resolver'
import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {deletions, SimilarWords} from '../src/lib/similar.js'

/** Words over a small alphabet, so that many are alike; some longer than the deletion index takes. */
const word = fc.oneof(
  {weight: 4, arbitrary: fc.string({unit: fc.constantFrom('a', 'b', 'c'), minLength: 0, maxLength: 12})},
  {weight: 1, arbitrary: fc.string({unit: fc.constantFrom('a', 'b'), minLength: 13, maxLength: 26})},
  {weight: 1, arbitrary: fc.constantFrom('tleubekov', 'tileubekov', 'tashbaev', 'tashbayev', 'bagrat', 'baghrat', 'hassan', 'hasan', 'ş', '')}
)

/** A word and some near misses of it: characters deleted, inserted and replaced. */
const family = fc.tuple(word, fc.array(fc.tuple(fc.nat(30), fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('delete', 'insert', 'replace')), {maxLength: 4})).map(([base, edits]) => {
  const result = [base]
  let current = base
  for (const [at, letter, edit] of edits) {
    const position = current.length === 0 ? 0 : at % current.length
    if (edit === 'delete') current = current.slice(0, position) + current.slice(position + 1)
    else if (edit === 'insert') current = current.slice(0, position) + letter + current.slice(position)
    else current = current.slice(0, position) + letter + current.slice(position + 1)
    result.push(current)
  }
  return result
})

describe('SimilarWords', () => {
  it('should give every word seen within the similarity threshold, and no other (against a scan)', () => {
    fc.assert(
      fc.property(fc.array(family, {maxLength: 25}), (families) => {
        const words = families.flat()
        const index = new SimilarWords()
        const seen: string[] = []
        for (const [position, item] of words.entries()) {
          // Interleave look-ups with additions: lists grow as alike words arrive.
          if (!seen.includes(item)) seen.push(item)
          const got = index.similar(item)
          expect(got[0]).toBe(item)
          if (position % 3 === 0 || position === words.length - 1) {
            for (const other of seen) {
              const expected = seen.filter((candidate) => candidate === other || wordSimilarity(other, candidate) >= 0.8).sort()
              expect([...index.similar(other)].sort()).toEqual(expected)
            }
          }
        }
      }),
      {numRuns: 300}
    )
  })

  it('should find words at the threshold exactly (⌊length / 5⌋ substitutions), whatever their length', () => {
    const index = new SimilarWords()
    const pairs: Array<[string, string]> = []
    for (let length = 0; length <= 32; length++) {
      const base = Array.from({length}, (_, position) => 'abcdefghijklmnopqrstuvwxyz'[(position * 7 + length) % 26]).join('')
      let other = base
      for (let edit = 0; edit < Math.floor(length / 5); edit++) {
        const position = Math.floor(((edit + 0.5) * length) / Math.floor(length / 5))
        other = other.slice(0, position) + '#' + other.slice(position + 1)
      }
      pairs.push([base, other])
    }
    for (const [base, other] of pairs) {
      expect(wordSimilarity(base, other)).toBeGreaterThanOrEqual(0.8)
      index.similar(base)
    }
    for (const [base, other] of pairs) expect(index.similar(other)).toContain(base)
  })

  it('should make each deletion variant once, up to the budget', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc'])
    expect([...deletions('aab', 2)].sort()).toEqual(['a', 'aa', 'aab', 'ab', 'b'])
    expect([...deletions('', 3)]).toEqual([''])
  })
})

interface ScanCluster {
  members: DocumentPerson[]
  words: string[]
  countries: Set<string>
  roles: Set<string>
}

function compatibleCountries(a: Set<string>, b: Set<string>): boolean {
  return a.size === 0 || b.size === 0 || [...a].some((code) => b.has(code))
}

function absorb(cluster: ScanCluster, person: DocumentPerson): void {
  cluster.members.push(person)
  if (person.words.length > cluster.words.length) cluster.words = person.words
  for (const country of person.countries) cluster.countries.add(country)
  for (const role of person.roles) cluster.roles.add(role)
}

function start(person: DocumentPerson): ScanCluster {
  return {members: [person], words: person.words, countries: new Set(person.countries), roles: new Set(person.roles)}
}

/** `clusterPeople` as it was: every person compared with every cluster, in order. */
function clusterByScan(people: readonly DocumentPerson[]): PersonCluster[] {
  const clusters: ScanCluster[] = []
  for (const person of people.filter((item) => item.words.length >= 2)) {
    const match = clusters.find((cluster) => cluster.words.length >= 2 && sameName(cluster.words, person.words) && compatibleCountries(cluster.countries, person.countries))
    if (match) absorb(match, person)
    else clusters.push(start(person))
  }
  for (const person of people.filter((item) => item.words.length < 2)) {
    const surname = person.words[0] ?? ''
    const candidates = clusters.filter(
      (cluster) =>
        cluster.words.length >= 2 &&
        wordSimilarity(cluster.words.at(-1)!, surname) >= 0.8 &&
        compatibleCountries(cluster.countries, person.countries) &&
        compatibleRoles(cluster.roles, person.roles)
    )
    if (candidates.length === 1) {
      absorb(candidates[0]!, person)
      continue
    }
    if (candidates.length > 1) {
      clusters.push(start(person))
      continue
    }
    const alone = clusters.find(
      (cluster) =>
        cluster.words.length === 1 &&
        wordSimilarity(cluster.words[0]!, surname) >= 0.9 &&
        compatibleCountries(cluster.countries, person.countries) &&
        compatibleRoles(cluster.roles, person.roles)
    )
    if (alone) absorb(alone, person)
    else clusters.push(start(person))
  }
  return clusters.map(({members}) => ({members}))
}

describe('clusterPeople', () => {
  // Few names, so that spellings of one name meet often (in every order of first appearance).
  const given = fc.constantFrom('ali', 'omar', 'aibek', 'tayyip', 'recep')
  const surname = fc.constantFrom('hassan', 'hasan', 'hassani', 'tleubekov', 'tileubekov', 'erdogan', 'erdogann', 'nowak', 'amirov', 'amirova')
  const person = fc.record({
    words: fc.oneof(
      fc.tuple(given, surname).map((words) => [...words]),
      fc.tuple(given, given, surname).map((words) => [...words]),
      surname.map((alone) => [alone]),
      fc.constant([] as string[]),
      fc.array(fc.string({unit: fc.constantFrom('a', 'b', 'c'), maxLength: 20}), {maxLength: 3})
    ),
    countries: fc.uniqueArray(fc.constantFrom('AZ', 'KZ', 'TR'), {maxLength: 2}),
    roles: fc.uniqueArray(fc.constantFrom('foreign-minister', 'minister', 'president', 'secretary-general'), {maxLength: 2})
  })

  it('should cluster exactly as a scan over every cluster does', () => {
    fc.assert(
      fc.property(fc.array(person, {maxLength: 60}), (generated) => {
        const people: DocumentPerson[] = generated.map((item, index) => ({
          stem: `d${index}`,
          kind: 'news',
          date: null,
          record: {entity: 'p1', name: item.words.join(' '), variants: [], honorific: null, roles: []},
          words: item.words,
          countries: new Set(item.countries),
          roles: new Set(item.roles)
        }))
        const members = (clusters: PersonCluster[]) => clusters.map((cluster) => cluster.members.map((member) => people.indexOf(member)))
        expect(members(clusterPeople(people))).toEqual(members(clusterByScan(people)))
      }),
      {numRuns: 1000}
    )
  })
})

describe('IdMinter', () => {
  it('should hand out the first free counter, however often a slug comes back', () => {
    const minter = new IdMinter('https://example.org/id/')
    const got = ['a', 'a-2', 'a', 'a', 'a-3', 'a', 'a-2'].map((name) => minter.mint('x', name).slice('https://example.org/id/x/'.length))
    expect(got).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-3-2', 'a-5', 'a-2-2'])
  })
})
