import type {Kind, PersonRecord} from '@communique/doctree'
import {compatibleRoles, roleKeys} from '@communique/knowledge'
import {hasDiacritics, isAllCaps, nameWords, sameName, sameWord, wordSimilarity} from './names.js'
import {SimilarWords} from './similar.js'

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
  const clusters: Cluster[] = []
  const full = people.filter((person) => person.words.length >= 2)
  const single = people.filter((person) => person.words.length < 2)
  // Two names can only be alike when their last words are (`sameName` compares the last words
  // of both), so clusters are looked up by the words alike to a name's last word, lowest index
  // first: the same cluster a scan in order would find first.
  const index = new ClusterIndex(clusters)

  for (const person of full) {
    let match: Cluster | undefined
    for (const position of index.candidates(person.words.at(-1)!)) {
      const cluster = clusters[position]!
      if (cluster.words.length >= 2 && sameName(cluster.words, person.words) && compatibleCountries(cluster.countries, person.countries)) {
        match = cluster
        break
      }
    }
    if (match) absorb(match, person, index)
    else index.add(person)
  }

  for (const person of single) {
    const surname = person.words[0] ?? ''
    const near = index.candidates(surname).map((position) => clusters[position]!)
    const candidates = near.filter(
      (cluster) =>
        cluster.words.length >= 2 &&
        wordSimilarity(cluster.words.at(-1)!, surname) >= sameWord &&
        compatibleCountries(cluster.countries, person.countries) &&
        compatibleRoles(cluster.roles, person.roles)
    )
    if (candidates.length === 1) {
      absorb(candidates[0]!, person, index)
      continue
    }
    if (candidates.length > 1) {
      index.add(person)
      continue
    }
    // No full name to join: join a lone surname with the same evidence, else stand alone.
    const alone = near.find(
      (cluster) =>
        cluster.words.length === 1 &&
        wordSimilarity(cluster.words[0]!, surname) >= 0.9 &&
        compatibleCountries(cluster.countries, person.countries) &&
        compatibleRoles(cluster.roles, person.roles)
    )
    if (alone) absorb(alone, person, index)
    else index.add(person)
  }
  return clusters.map(({members}) => ({members}))
}

/** A cluster being built, with what its members say together. */
interface Cluster extends PersonCluster {
  /** Its position in the list of clusters. */
  index: number
  /** The words it can be found by (the last word of each name it had). */
  indexed: string[]
  /** The folded words of its fullest name. */
  words: string[]
  countries: Set<string>
  roles: Set<string>
}

/** The clusters, looked up by the words alike to the last word of their name. */
class ClusterIndex {
  readonly clusters: Cluster[]
  readonly #words = new SimilarWords()
  /** Word → indices of the clusters whose name ended with it (ascending; a cluster's old words stay). */
  readonly #byWord = new Map<string, number[]>()

  constructor(clusters: Cluster[]) {
    this.clusters = clusters
  }

  /** Start a cluster with a person. */
  add(person: DocumentPerson): void {
    const cluster: Cluster = {
      members: [person],
      index: this.clusters.length,
      indexed: [],
      words: person.words,
      countries: new Set(person.countries),
      roles: new Set(person.roles)
    }
    this.clusters.push(cluster)
    this.indexWords(cluster)
  }

  /** Make a cluster findable by the last word of its (new) name. */
  indexWords(cluster: Cluster): void {
    if (cluster.words.length === 0) return
    const word = cluster.words.at(-1)!
    if (cluster.indexed.includes(word)) return
    cluster.indexed.push(word)
    // Make the word known, so that lookups of words alike to it find it.
    this.#words.similar(word)
    const list = this.#byWord.get(word)
    if (!list) this.#byWord.set(word, [cluster.index])
    else if (list.at(-1)! < cluster.index) list.push(cluster.index)
    else insertSorted(list, cluster.index)
  }

  /**
   * Every cluster whose name ends, or ended, with a word alike to `word` (`wordSimilarity` ≥
   * `sameWord`), lowest index first: a superset of the clusters that can match, to check.
   *
   * @param word
   *   A folded word.
   * @returns
   *   Positions in the list of clusters, ascending (do not change the list).
   */
  candidates(word: string): readonly number[] {
    let lists: number[][] | undefined
    let only: number[] | undefined
    for (const other of this.#words.similar(word)) {
      const list = this.#byWord.get(other)
      if (!list) continue
      if (only) (lists ??= [only]).push(list)
      else only = list
    }
    if (lists) return [...new Set(lists.flat())].sort((a, b) => a - b)
    return only ?? []
  }
}

/** Insert a number into an ascending list (clusters that change name are few). */
function insertSorted(list: number[], value: number): void {
  let position = list.length
  while (position > 0 && list[position - 1]! > value) position--
  list.splice(position, 0, value)
}

function absorb(cluster: Cluster, person: DocumentPerson, index: ClusterIndex): void {
  cluster.members.push(person)
  if (person.words.length > cluster.words.length) {
    cluster.words = person.words
    index.indexWords(cluster)
  }
  for (const country of person.countries) cluster.countries.add(country)
  for (const role of person.roles) cluster.roles.add(role)
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
  const forms = new Set<string>()
  for (const member of cluster.members) {
    forms.add(member.record.name)
    for (const form of member.record.variants) forms.add(form)
    const name = member.record.name
    scores.set(name, (scores.get(name) ?? 0) + sourceWeight[member.kind])
  }
  const ranked = [...scores.entries()]
    .map(([form, score]) => {
      const words = nameWords(form).length
      return {form, score, full: Number(words >= 2), words, diacritics: Number(hasDiacritics(form)), caps: Number(isAllCaps(form))}
    })
    .sort((a, b) => b.full - a.full || b.score - a.score || b.diacritics - a.diacritics || a.caps - b.caps || b.words - a.words || a.form.localeCompare(b.form))
  const name = ranked[0]?.form ?? cluster.members[0]!.record.name
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

