import type {PersonRecord, RoleRecord} from '@communique/doctree'
import {compatibleRoles, roleKeys} from '@communique/knowledge'
import {coverage, firstFrom, lastEndingBy} from './spans.js'
import {spaceBetween, type Token} from './tokens.js'
import {closingCountry, type Mention, type PersonMention, type RoleMention, type ScannedSegment} from './scan.js'
import {appositionGap, notNames, personalHonorifics} from './words.js'

interface Cluster {
  key: string
  words: string[]
  mentions: PersonMention[]
  roles: Set<string>
}

/**
 * Find the later mentions of people already named (full name again, surname alone), attach posts
 * printed next to a name, and group the mentions into the document's people.
 *
 * @param segments
 *   The scanned segments (their person mentions are completed in place).
 * @returns
 *   The people, in order of first mention; each mention's `entity` is set.
 */
export function resolvePeople(segments: ScannedSegment[]): PersonRecord[] {
  const strong = segments.flatMap((segment) => segment.mentions.filter((mention): mention is PersonMention => mention.kind === 'person'))
  const fullNames = new Map<string, string[]>()
  const surnames = new Set<string>()
  for (const person of strong) {
    if (person.words.length >= 2) fullNames.set(person.words.join(' '), person.words)
    surnames.add(person.words.at(-1)!)
  }
  // Full names that differ only by hyphens are one (`Cho Hyun-woo`, `Cho Hyun Woo`), for counting.
  const distinctFirst = new Map<string, Set<string>>()
  for (const words of fullNames.values()) {
    const loose = looseName(words)
    const set = distinctFirst.get(words[0]!)
    if (set) set.add(loose)
    else distinctFirst.set(words[0]!, new Set([loose]))
  }
  // Full names by their first word: a repeat is looked for among those that start with the token.
  const byFirstWord = new Map<string, string[][]>()
  for (const words of fullNames.values()) {
    const list = byFirstWord.get(words[0]!)
    if (list) list.push(words)
    else byFirstWord.set(words[0]!, [words])
  }

  // Repeats: a known full name, or a known surname alone, where nothing else was read.
  for (const segment of segments) {
    const {tokens} = segment
    const {covered, mark} = coverage(
      segment.segment.text.length,
      segment.mentions.filter((mention) => mention.kind !== 'honorific')
    )
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!
      if (!(token.cap || segment.allCaps)) continue
      let matched = 0
      for (const words of byFirstWord.get(token.key) ?? none) {
        if (words.length <= matched || at + words.length > tokens.length) continue
        if (sameWords(segment.segment.text, tokens, at, words)) matched = words.length
      }
      if (matched === 0 && surnames.has(token.key) && !notNames.has(token.key)) matched = 1
      // The first word of one full name alone (`Cho` of `Cho Hyun Woo`, surname first; `María` of
      // `María Torres`), when it starts no other, and is followed by no capitalised word (`Cho Hyun`).
      const next = tokens[at + 1]
      if (
        matched === 0 &&
        (distinctFirst.get(token.key)?.size ?? 0) === 1 &&
        token.text.length >= 3 &&
        !notNames.has(token.key) &&
        !(next && next.cap && /^\s$/.test(segment.segment.text.slice(token.end, next.start)))
      ) {
        matched = 1
      }
      if (matched === 0) continue
      const start = token.start
      const end = tokens[at + matched - 1]!.end
      if (covered(start, end)) continue
      mark(start, end)
      segment.mentions.push({
        kind: 'person',
        segment: segment.segment.index,
        start,
        end,
        name: segment.segment.text.slice(start, end),
        words: tokens.slice(at, at + matched).map((item) => item.key),
        evidence: 'repeat',
        honorific: null,
        role: null,
        entity: ''
      })
      at += matched - 1
    }
  }

  // Posts printed next to a name: `Aliya Nurova, Minister of …` / `Timur Sadykov Deputy Chairman …`.
  for (const segment of segments) {
    const roles = segment.mentions.filter((mention): mention is RoleMention => mention.kind === 'role').sort((a, b) => a.start - b.start)
    const text = segment.segment.text
    for (const person of segment.mentions) {
      if (person.kind !== 'person' || person.role) continue
      const after = roles[firstFrom(roles, person.end)]
      const gap = after ? text.slice(person.end, after.start) : ''
      const previous = roles[lastEndingBy(roles, person.start)]
      person.role =
        (after && (appositionGap.test(gap) || (gap === ' ' && /^\p{Lu}/u.test(after.post))) ? closingCountry(segment, after) : undefined) ??
        (previous && /^\s*,?\s*(?:H\.\s?E\.\s*)?$/.test(text.slice(previous.end, person.start)) && !isApposition(previous, segment.mentions, text) ? previous : undefined) ??
        null
    }
  }

  // `Secretary General of X, Kazakh Diplomat Y`: a post before the post before the name is also theirs.
  // When the post after the name was taken (`Ambassador X, Permanent Representative of …`), the one
  // before it is theirs too, unless it is the same function said with less (`King X, King of …`).
  for (const segment of segments) {
    const roles = segment.mentions.filter((mention): mention is RoleMention => mention.kind === 'role').sort((a, b) => a.start - b.start)
    for (const person of segment.mentions) {
      if (person.kind !== 'person' || !person.role) continue
      const printedBefore = person.role.end <= person.start ? person.role : person.before
      if (!printedBefore) continue
      const extra = printedBefore !== person.role && printedBefore.function !== person.role.function ? [printedBefore] : []
      const previous = roles[lastEndingBy(roles, printedBefore.start)]
      if (previous && /^,\s+$/.test(segment.segment.text.slice(previous.end, printedBefore.start))) extra.push(previous)
      if (extra.length > 0) person.extraRoles = extra
    }
  }

  // Group mentions into people.
  const mentions = segments
    .flatMap((segment) => segment.mentions.filter((mention): mention is PersonMention => mention.kind === 'person'))
    .sort((a, b) => a.segment - b.segment || a.start - b.start)
  const clusters: Cluster[] = []
  // Clusters by full name, and by last word in the order made: a cluster's last word never changes
  // (a name joins a cluster only as the same words, or ending with them, or as their end), so the
  // clusters a name may join are looked up, not searched for among all the document's people.
  const byKey = new Map<string, Cluster>()
  const byLastWord = new Map<string, Cluster[]>()
  const add = (cluster: Cluster) => {
    clusters.push(cluster)
    if (!byKey.has(cluster.key)) byKey.set(cluster.key, cluster)
    const last = cluster.words.at(-1)!
    const list = byLastWord.get(last)
    if (list) list.push(cluster)
    else byLastWord.set(last, [cluster])
  }
  for (const person of mentions.filter((mention) => mention.words.length >= 2)) {
    // `Cho Hyun-woo` is `Cho Hyun Woo`: a hyphen between the syllables of a given name is no other name.
    const key = looseName(person.words)
    const roles = keysOf(person)
    // The same full name is the same person within one text, whatever posts it gives them.
    let cluster =
      byKey.get(key) ??
      byLastWord
        .get(person.words.at(-1)!)
        ?.find(
          (candidate) =>
            // `Ana Ramos` of `Lucía Ana Ramos`; `Elnur Mammadli` of `Elnur Rasim oglu Mammadli` (given name and surname, the middle left out).
            (endsWith(candidate.words, person.words) || endsWith(person.words, candidate.words) || candidate.words[0] === person.words[0]) &&
            compatibleRoles(candidate.roles, roles)
        )
    if (!cluster) {
      cluster = {key, words: person.words, mentions: [], roles: new Set()}
      add(cluster)
    }
    if (person.words.length > cluster.words.length) cluster.words = person.words
    cluster.mentions.push(person)
    for (const role of roles) cluster.roles.add(role)
  }
  // Full names by each of their words (they no longer change), for `Mr. Kemal` of `Kemal Erkin`.
  const byAnyWord = new Map<string, Cluster[]>()
  for (const cluster of clusters) {
    for (const word of new Set(cluster.words)) {
      const list = byAnyWord.get(word)
      if (list) list.push(cluster)
      else byAnyWord.set(word, [cluster])
    }
  }
  for (const person of mentions.filter((mention) => mention.words.length === 1)) {
    const word = person.words[0]!
    const roles = keysOf(person)
    const byName = person.honorific !== null && personalHonorifics.test(person.honorific)
    // The clusters whose name ends with the word (a one-word cluster is its word), and with an
    // honorific those that hold it anywhere; only how many fit, and which when one does, matters.
    const possible = new Set([...(byLastWord.get(word) ?? []), ...(byName ? (byAnyWord.get(word) ?? []) : [])])
    const candidates = [...possible].filter((cluster) => compatibleRoles(cluster.roles, roles))
    const full = candidates.filter((cluster) => cluster.words.length > 1)
    let cluster = full.length === 1 ? full[0] : full.length === 0 && candidates.length === 1 ? candidates[0] : undefined
    // `Zhang said` of `Zhang Mingyuan` (the surname first): the one full name that starts with the
    // word, when none ends with it.
    if (!cluster && candidates.length === 0) {
      const first = (byAnyWord.get(word) ?? []).filter((candidate) => candidate.words.length > 1 && candidate.words[0] === word && compatibleRoles(candidate.roles, roles))
      if (first.length === 1) cluster = first[0]
      // `Sotomayor said` of `Javier Sotomayor Vega` (two surnames, the first used alone): the one
      // full name of three words or more that holds the word after its first.
      if (first.length === 0) {
        const inner = (byAnyWord.get(word) ?? []).filter((candidate) => candidate.words.length > 2 && candidate.words.indexOf(word) > 0 && compatibleRoles(candidate.roles, roles))
        if (inner.length === 1) cluster = inner[0]
      }
    }
    if (!cluster) {
      cluster = {key: word, words: [word], mentions: [], roles: new Set()}
      add(cluster)
    }
    cluster.mentions.push(person)
    for (const role of roles) cluster.roles.add(role)
  }

  // Records, in order of first mention.
  const ordered = clusters
    .map((cluster) => ({cluster, first: cluster.mentions.reduce((best, mention) => (before(mention, best) ? mention : best))}))
    .sort((a, b) => (before(a.first, b.first) ? -1 : 1))
  const people: PersonRecord[] = []
  for (const [index, {cluster}] of ordered.entries()) {
    const entity = `p${index + 1}`
    const surfaces: string[] = []
    let name = ''
    let words = 0
    let honorific: string | null = null
    const roles: RoleRecord[] = []
    for (const mention of cluster.mentions.sort((a, b) => (before(a, b) ? -1 : 1))) {
      mention.entity = entity
      const surface = mention.words.length === 1 && mention.honorific && personalHonorifics.test(mention.honorific) ? `${mention.honorific} ${mention.name}` : mention.name
      if (mention.words.length > words) {
        words = mention.words.length
        name = mention.name
      }
      if (!surfaces.includes(surface)) surfaces.push(surface)
      honorific ??= mention.honorific && !personalHonorifics.test(mention.honorific) ? mention.honorific : null
      for (const role of [...(mention.role ? [mention.role] : []), ...(mention.extraRoles ?? [])]) {
        if (roles.some((known) => known.post === postOf(role))) continue
        roles.push({post: postOf(role), function: role.function, country: role.country, organization: role.organization})
      }
    }
    people.push({entity, name, variants: surfaces.filter((surface) => surface !== name), honorific, roles})
  }
  return people
}

/** Whether the tokens from `at` are `words`, one space apart. */
function sameWords(text: string, tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const token = tokens[at + index]!
    if (token.key !== words[index]) return false
    if (index > 0 && !spaceBetween(text, tokens[at + index - 1]!, token)) return false
  }
  return true
}

const none: string[][] = []

/** A name's words as one key, a hyphen read as a space (`Cho Hyun-woo` is `Cho Hyun Woo`). */
function looseName(words: readonly string[]): string {
  return words.join(' ').replaceAll('-', ' ')
}

function keysOf(person: PersonMention): Set<string> {
  // The diplomatic rank alone (`Ambassador X`) says nothing against a post (`Minister X`): career
  // diplomats hold both. (A military rank does: `Major X` is not `President X`.)
  return person.role && person.role.function.toLowerCase() !== 'ambassador' ? roleKeys(person.role.function) : new Set<string>()
}

/** Whether a post is printed after someone's name, as theirs (`Ana Ramos, Minister of …, H.E. Luis Paz`). */
function isApposition(role: RoleMention, mentions: readonly Mention[], text: string): boolean {
  return mentions.some((mention) => mention.kind === 'person' && mention.end <= role.start && /^,\s*$/.test(text.slice(mention.end, role.start)))
}

function postOf(role: RoleMention): string {
  // A post read off a list (`foreign ministers of Azerbaijan – …, Kyrgyzstan – …`) is the function.
  return role.plural ? role.function : role.post
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length > long.length || short.length < 2) return false
  return short.every((word, index) => long[long.length - short.length + index] === word)
}

function before(a: PersonMention, b: PersonMention): boolean {
  return a.segment < b.segment || (a.segment === b.segment && a.start < b.start)
}
