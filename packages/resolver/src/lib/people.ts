import type {Kind, PersonRecord} from '@communique/doctree'
import {compatibleRoles, roleKeys} from '@communique/knowledge'
import {hasDiacritics, isAllCaps, nameWords, sameName, sameWord, wordSimilarity} from './names.js'

/** A person as one document names them. */
export interface DocumentPerson {
  stem: string
  kind: Kind
  /** The document's (or its meeting's) date, for evidence of time. */
  date: string | null
  record: PersonRecord
  /** Folded words of the fullest name in the document. */
  words: string[]
  countries: Set<string>
  roles: Set<string>
}

/** People resolved across documents: each cluster is one human being. */
export interface PersonCluster {
  members: DocumentPerson[]
}

/**
 * Group the people of all documents into human beings.
 *
 * Two full names are one person when they are spellings of one name (diacritics and case folded,
 * transliterations within an edit-distance budget per word: `Tleubekov`/`Tileubekov`,
 * `Tashbayev`/`Tashbaev`, `Bagrat`/`Baghrat`) and nothing says otherwise: different countries
 * served keep them apart. A surname alone joins the one person with that surname whose country
 * and posts are compatible; when there are several, or none, it stays apart (or joins other lone
 * surnames with the same evidence): two people who share a surname are never merged on it.
 *
 * @param people
 *   The people of every document.
 * @returns
 *   Clusters, in a stable order (by first document, then first mention).
 */
export function clusterPeople(people: readonly DocumentPerson[]): PersonCluster[] {
  const clusters: Array<PersonCluster & {words: string[]; countries: Set<string>; roles: Set<string>}> = []
  const full = people.filter((person) => person.words.length >= 2)
  const single = people.filter((person) => person.words.length < 2)

  for (const person of full) {
    const match = clusters.find(
      (cluster) => cluster.words.length >= 2 && sameName(cluster.words, person.words) && compatibleCountries(cluster.countries, person.countries)
    )
    if (match) absorb(match, person)
    else clusters.push({members: [person], words: person.words, countries: new Set(person.countries), roles: new Set(person.roles)})
  }

  for (const person of single) {
    const surname = person.words[0] ?? ''
    const candidates = clusters.filter(
      (cluster) =>
        cluster.words.length >= 2 &&
        wordSimilarity(cluster.words.at(-1)!, surname) >= sameWord &&
        compatibleCountries(cluster.countries, person.countries) &&
        compatibleRoles(cluster.roles, person.roles)
    )
    if (candidates.length === 1) {
      absorb(candidates[0]!, person)
      continue
    }
    if (candidates.length > 1) {
      clusters.push({members: [person], words: person.words, countries: new Set(person.countries), roles: new Set(person.roles)})
      continue
    }
    // No full name to join: join a lone surname with the same evidence, else stand alone.
    const alone = clusters.find(
      (cluster) =>
        cluster.words.length === 1 &&
        wordSimilarity(cluster.words[0]!, surname) >= 0.9 &&
        compatibleCountries(cluster.countries, person.countries) &&
        compatibleRoles(cluster.roles, person.roles)
    )
    if (alone) absorb(alone, person)
    else clusters.push({members: [person], words: person.words, countries: new Set(person.countries), roles: new Set(person.roles)})
  }
  return clusters.map(({members}) => ({members}))
}

function absorb(cluster: {members: DocumentPerson[]; words: string[]; countries: Set<string>; roles: Set<string>}, person: DocumentPerson): void {
  cluster.members.push(person)
  if (person.words.length > cluster.words.length) cluster.words = person.words
  for (const country of person.countries) cluster.countries.add(country)
  for (const role of person.roles) cluster.roles.add(role)
}

function isFull(value: string): number {
  return Number(nameWords(value).length >= 2)
}

function compatibleCountries(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true
  for (const code of a) if (b.has(code)) return true
  return false
}

const sourceWeight: Record<Kind, number> = {statement: 3, speech: 3, news: 1}

/**
 * The fullest, best-attested spelling of a person's name: full names before surnames; among
 * them the one the documents attest most (an official statement or speech weighs more than a
 * news report), then the one with diacritics, then not in capitals.
 *
 * @param cluster
 *   A resolved person.
 * @returns
 *   The name, and every other form seen (forms differing only in case left out).
 */
export function bestName(cluster: PersonCluster): {name: string; alternateNames: string[]} {
  const scores = new Map<string, number>()
  const forms: string[] = []
  for (const member of cluster.members) {
    for (const form of [member.record.name, ...member.record.variants]) {
      if (!forms.includes(form)) forms.push(form)
    }
    const name = member.record.name
    scores.set(name, (scores.get(name) ?? 0) + sourceWeight[member.kind])
  }
  const ranked = [...scores.keys()].sort(
    (a, b) =>
      isFull(b) - isFull(a) ||
      (scores.get(b) ?? 0) - (scores.get(a) ?? 0) ||
      Number(hasDiacritics(b)) - Number(hasDiacritics(a)) ||
      Number(isAllCaps(a)) - Number(isAllCaps(b)) ||
      nameWords(b).length - nameWords(a).length ||
      a.localeCompare(b)
  )
  const name = ranked[0] ?? cluster.members[0]!.record.name
  const seen = new Set([name.toLowerCase()])
  const alternateNames: string[] = []
  for (const form of forms) {
    const key = form.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    alternateNames.push(form)
  }
  return {name, alternateNames}
}

/**
 * The evidence a document gives about a person: the countries and kinds of post of their roles.
 *
 * @param record
 *   The person's record in a document.
 * @returns
 *   Countries and role keys.
 */
export function evidenceOf(record: PersonRecord): {countries: Set<string>; roles: Set<string>} {
  const countries = new Set<string>()
  const roles = new Set<string>()
  for (const role of record.roles) {
    if (role.country) countries.add(role.country)
    for (const key of roleKeys(role.function)) roles.add(key)
  }
  return {countries, roles}
}

