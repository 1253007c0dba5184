import type {MeetingRecord, ParticipantRecord, RoleRecord} from '@communique/doctree'
import {countryName, fold, loadKnowledge, officialTitle, roleKeys, standingOf, type CountryFact, type Knowledge, type OrganizationFact} from '@communique/knowledge'
import {IdMinter} from './ids.js'
import {bestName, clusterPeople, evidenceOf, type DocumentPerson} from './people.js'
import {summarize} from './summary.js'
import type {
  CitationEntity,
  Corpus,
  CountryEntity,
  DocumentEntity,
  DocumentSummary,
  InputDocument,
  MeetingEntity,
  OrganizationEntity,
  ParticipantEntity,
  PersonEntity,
  PlaceEntity,
  PostEntity,
  QuotationEntity,
  ResolveOptions
} from '../types.js'

/** Default base IRI of every `@id`. */
export const defaultBase = 'https://example.org/communique/id/'

const officialKinds = new Set(['statement', 'speech'])

/** A document of the run, summarised. */
interface Summarised {
  stem: string
  file: string
  summary: DocumentSummary
}

/**
 * Resolve the documents of a run into one corpus: one person per human being (whatever the
 * spellings), one organization, country and place per name, one meeting per meeting (documents
 * that report the same meeting merge, and one without a date of its own gets the meeting's), with
 * who took part, in which capacity and which documents say so.
 *
 * Pure: the same documents in any order give the same corpus, whether as trees or as their
 * `summarize`d forms. Time grows linearly with the number of documents.
 *
 * @param documents
 *   The documents of the run (stems unique), with their trees or summaries.
 * @param options
 *   Base IRI and knowledge (optional).
 * @returns
 *   The corpus.
 */
export function resolve(documents: readonly InputDocument[], options?: Readonly<ResolveOptions> | null): Corpus {
  const knowledge = options?.knowledge ?? loadKnowledge()
  const ids = new IdMinter(options?.base ?? defaultBase)
  const sorted: Summarised[] = documents
    .map((document) => ({stem: document.stem, file: document.file, summary: summarize(document.tree)}))
    .sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0))
  const state = new State(ids, knowledge)

  // Documents first: their IRIs are their stems.
  for (const document of sorted) state.addDocument(document)
  // Organizations, countries and places named anywhere.
  for (const document of sorted) state.collectNamed(document)
  // People.
  state.resolvePeople(sorted)
  // Meetings.
  state.resolveMeetings(sorted)
  // Quotations and citations.
  for (const document of sorted) state.collectQuotations(document)
  const statements = new StatementIndex(sorted)
  for (const document of sorted) state.collectCitations(document, statements)
  return state.corpus()
}

/** The facts of the knowledge files, indexed once per knowledge object. */
interface Facts {
  /** Folded name, alternate or former name → the first organization that has it. */
  organizations: Map<string, OrganizationFact>
  /** Code → the first country fact with it. */
  countries: Map<string, CountryFact>
  /** Folded name → positions in `knowledge.people` of the people with it, ascending. */
  people: Map<string, number[]>
}

const factsCache = new WeakMap<Readonly<Knowledge>, Facts>()

/**
 * The facts of a knowledge object, indexed on first use and remembered for as long as the object
 * lives (knowledge objects are read-only: `loadKnowledge` gives one frozen object per process).
 *
 * @param knowledge
 *   The knowledge.
 * @returns
 *   Its facts by folded name and code.
 */
function factsOf(knowledge: Readonly<Knowledge>): Facts {
  let facts = factsCache.get(knowledge)
  if (facts) return facts
  facts = {organizations: new Map(), countries: new Map(), people: new Map()}
  for (const candidate of knowledge.organizations) {
    for (const name of [candidate.name, ...candidate.alternateNames, ...candidate.formerNames.map((former) => former.name)]) {
      const key = fold(name)
      if (!facts.organizations.has(key)) facts.organizations.set(key, candidate)
    }
  }
  for (const candidate of knowledge.countries) if (!facts.countries.has(candidate.code)) facts.countries.set(candidate.code, candidate)
  for (const [position, candidate] of knowledge.people.entries()) {
    const key = fold(candidate.name)
    const list = facts.people.get(key)
    if (list) list.push(position)
    else facts.people.set(key, [position])
  }
  factsCache.set(knowledge, facts)
  return facts
}

/** A meeting being grouped: its reports, and everyone any of them says took part. */
interface Group {
  /** Its place in the order groups were made. */
  index: number
  items: Reported[]
  participants: Set<string>
}

/** A document's report of a meeting. */
interface Reported {
  stem: string
  summary: DocumentSummary
  record: MeetingRecord
  organization: string | null
  participants: Set<string>
}

class State {
  readonly ids: IdMinter
  readonly knowledge: Readonly<Knowledge>
  readonly facts: Facts
  readonly documents = new Map<string, DocumentEntity>()
  readonly organizations = new Map<string, OrganizationEntity>()
  readonly organizationsById = new Map<string, OrganizationEntity>()
  readonly countries = new Map<string, CountryEntity>()
  readonly places = new Map<string, PlaceEntity>()
  readonly people: PersonEntity[] = []
  readonly meetings: MeetingEntity[] = []
  readonly quotations: QuotationEntity[] = []
  readonly citations = new Map<string, CitationEntity>()
  /** Stem → local person key → person IRI (no prototype: any stem or key is an own key). */
  readonly personIndex: Record<string, Record<string, string>> = dictionary()
  /** Stem → organization name as the tree gives it → organization IRI (no prototype either). */
  readonly organizationIndex: Record<string, Record<string, string>> = dictionary()
  /** The lists that grow (documents of an entity, mentions of a document…) → what they hold. */
  readonly #members = new Map<string[], Set<string>>()
  /** Posts one of whose sources is an official record. */
  readonly #officialPosts = new Set<PostEntity>()
  readonly #postKeys = new Map<string, string>()

  constructor(ids: IdMinter, knowledge: Readonly<Knowledge>) {
    this.ids = ids
    this.knowledge = knowledge
    this.facts = factsOf(knowledge)
  }

  /** Append a value to a list unless it holds it already, in constant time. */
  addTo(list: string[], value: string): void {
    let members = this.#members.get(list)
    if (!members) {
      members = new Set(list)
      this.#members.set(list, members)
    }
    if (members.has(value)) return
    members.add(value)
    list.push(value)
  }

  addDocument(input: Summarised): void {
    const {summary} = input
    this.documents.set(input.stem, {
      id: this.ids.mint('source', input.stem),
      stem: input.stem,
      file: input.file,
      kind: summary.kind,
      date: summary.date,
      title: summary.title,
      dateline: summary.dateline,
      publisher: summary.publisher,
      mentions: [],
      citations: [],
      meeting: null
    })
    this.personIndex[input.stem] = dictionary()
    this.organizationIndex[input.stem] = dictionary()
  }

  /** The organization entity for a name (canonical through the knowledge files), made on first use. */
  organization(name: string, options: {parent?: string | null; acronym?: string | null; stem?: string} = {}): OrganizationEntity {
    const fact = this.facts.organizations.get(fold(name))
    const canonical = fact?.name ?? titleIfCaps(name)
    const key = fold(canonical)
    let entity = this.organizations.get(key)
    if (entity && !fact && entity.name === entity.name.toUpperCase() && name !== name.toUpperCase()) entity.name = name
    if (!entity) {
      entity = {
        id: this.ids.mint('org', fact ? fact.id : canonical),
        name: canonical,
        acronym: fact?.acronym ?? options.acronym ?? null,
        alternateNames: fact ? [...fact.alternateNames, ...fact.formerNames.map((former) => former.name)] : [],
        parent: null,
        knowledgeId: fact?.id ?? null,
        sameAs: fact?.wikidata ? `http://www.wikidata.org/entity/${fact.wikidata}` : null,
        members: (fact?.members ?? []).map((member) => ({...member, until: member.until ?? null})),
        documents: []
      }
      this.organizations.set(key, entity)
      this.organizationsById.set(entity.id, entity)
    }
    if (name !== canonical && name.toUpperCase() !== name) this.addTo(entity.alternateNames, name)
    entity.acronym ??= options.acronym ?? null
    if (options.parent && !entity.parent) entity.parent = this.organization(options.parent).id
    if (options.stem) this.addTo(entity.documents, options.stem)
    return entity
  }

  country(code: string, stem?: string): CountryEntity {
    let entity = this.countries.get(code)
    if (!entity) {
      const fact = this.facts.countries.get(code)
      entity = {
        id: `${this.ids.base}country/${code.toLowerCase()}`,
        code,
        name: countryName(code),
        sameAs: fact?.wikidata ? `http://www.wikidata.org/entity/${fact.wikidata}` : null,
        documents: []
      }
      this.countries.set(code, entity)
    }
    if (stem) this.addTo(entity.documents, stem)
    return entity
  }

  place(name: string, country: string | null, stem?: string): PlaceEntity {
    const key = fold(name)
    let entity = this.places.get(key)
    if (!entity) {
      entity = {id: this.ids.mint('place', name), name: titleIfCaps(name), country, documents: []}
      this.places.set(key, entity)
    }
    entity.country ??= country
    if (stem) this.addTo(entity.documents, stem)
    return entity
  }

  collectNamed(input: Summarised): void {
    const {stem} = input
    const document = this.documents.get(stem)!
    for (const mention of input.summary.mentions) {
      if (mention.type === 'organization') {
        const name = mention.name === mention.name.toUpperCase() ? (mention.parent ?? mention.name) : mention.name
        const entity = this.organization(name, {parent: mention.parent, acronym: mention.acronym, stem})
        this.organizationIndex[stem]![mention.name] = entity.id
        this.addTo(document.mentions, entity.id)
      } else if (mention.type === 'country') {
        this.addTo(document.mentions, this.country(mention.code, stem).id)
      } else if (mention.type === 'place') {
        this.addTo(document.mentions, this.place(mention.name, mention.country, stem).id)
      } else {
        if (mention.country) this.addTo(document.mentions, this.country(mention.country, stem).id)
        if (mention.organization) this.addTo(document.mentions, this.organization(mention.organization, {stem}).id)
      }
    }
  }

  resolvePeople(documents: readonly Summarised[]): void {
    const all: DocumentPerson[] = []
    for (const {stem, summary} of documents) {
      for (const record of summary.people) {
        const {countries, roles} = evidenceOf(record)
        all.push({
          stem,
          kind: summary.kind,
          date: summary.meeting?.date ?? summary.date,
          record,
          words: fold(record.name)
            .split(/\s+/)
            .filter(Boolean),
          countries,
          roles
        })
      }
    }
    const clusters = clusterPeople(all)
    // Stable IRIs: name clusters in order of their best name, then first document.
    const named = clusters
      .map((cluster) => {
        const best = bestName(cluster)
        return {cluster, ...best, key: fold(best.name)}
      })
      .sort((a, b) => a.key.localeCompare(b.key) || a.cluster.members[0]!.stem.localeCompare(b.cluster.members[0]!.stem))
    for (const {cluster, name, alternateNames} of named) {
      const id = this.ids.mint('person', name)
      const honorifics = cluster.members.map((member) => member.record.honorific).filter((value): value is string => value !== null)
      const person: PersonEntity = {
        id,
        name,
        alternateNames,
        honorific: mostCommon(honorifics),
        posts: [],
        sameAs: this.wikidataOf(name, alternateNames, cluster.members),
        documents: [...new Set(cluster.members.map((member) => member.stem))].sort()
      }
      for (const member of cluster.members) {
        this.personIndex[member.stem]![member.record.entity] = id
        this.addTo(this.documents.get(member.stem)!.mentions, id)
        for (const role of member.record.roles) this.addPost(person, role, member)
      }
      this.people.push(person)
    }
  }

  wikidataOf(name: string, alternateNames: string[], members: DocumentPerson[]): string | null {
    const forms = new Set([name, ...alternateNames].map((form) => fold(form)))
    const countries = new Set(members.flatMap((member) => [...member.countries]))
    // The first fact, in the order of the knowledge files, with one of the forms and a compatible country.
    let first = -1
    for (const form of forms) {
      for (const position of this.facts.people.get(form) ?? []) {
        if (first !== -1 && position >= first) break
        const candidate = this.knowledge.people[position]!
        if (!candidate.country || countries.size === 0 || countries.has(candidate.country)) first = position
      }
    }
    return first === -1 ? null : `http://www.wikidata.org/entity/${this.knowledge.people[first]!.wikidata}`
  }

  /** The kinds of post a function names, as one key (`foreign-minister`), remembered. */
  postKey(fn: string): string {
    let key = this.#postKeys.get(fn)
    if (key === undefined) {
      key = [...roleKeys(fn)].sort().join('+')
      this.#postKeys.set(fn, key)
    }
    return key
  }

  addPost(person: PersonEntity, role: RoleRecord, member: DocumentPerson): void {
    const organization = role.organization ? this.organization(role.organization).id : null
    const keys = this.postKey(role.function)
    const existing = person.posts.find(
      (post) =>
        this.postKey(post.roleName) === keys &&
        (post.country === role.country || !post.country || !role.country) &&
        (post.organization === organization || !post.organization || !organization)
    )
    const official = officialKinds.has(this.documents.get(member.stem)!.kind)
    if (existing) {
      // The best source words the post: an official record over a news report, then the fuller wording.
      const recorded = this.#officialPosts.has(existing)
      const better = officialKinds.has(member.kind) && !recorded
      if (better || (role.post.length > existing.name.length && !recorded)) {
        existing.name = role.post
        existing.roleName = role.function
      }
      existing.country ??= role.country
      existing.organization ??= organization
      this.addTo(existing.sources, member.stem)
      if (official) this.#officialPosts.add(existing)
      return
    }
    const post: PostEntity = {
      id: this.ids.mint('role', `${person.id.slice(person.id.lastIndexOf('/') + 1)} ${role.function}`),
      name: role.post,
      roleName: role.function,
      country: role.country,
      organization,
      sources: [member.stem]
    }
    if (official) this.#officialPosts.add(post)
    person.posts.push(post)
  }

  resolveMeetings(documents: readonly Summarised[]): void {
    const reported: Reported[] = []
    for (const {stem, summary} of documents) {
      if (!summary.meeting) continue
      const organization = summary.meeting.organization ? this.organization(summary.meeting.organization, {stem}).id : null
      const participants = new Set(summary.meeting.participants.map((participant) => this.personIndex[stem]![participant.entity]!).filter(Boolean))
      reported.push({stem, summary, record: summary.meeting, organization, participants})
    }
    // Group: same organization, body and kind, and the same date; a report without a date joins the
    // one dated meeting it shares most participants with. Groups are found through indices (the
    // same groups a scan over all of them in order would find): by date, organization, body and
    // kind, and by organization, body, kind and participant.
    const groups: Group[] = []
    const kindKey = (report: Reported) => JSON.stringify([report.organization, report.record.body ?? '', report.record.kind])
    const compatible = (a: Reported, b: Reported) =>
      a.organization === b.organization &&
      (a.record.body ?? '') === (b.record.body ?? '') &&
      a.record.kind === b.record.kind &&
      (a.organization !== null || overlap(a.participants, b.participants) > 0)
    /** Organization, body and kind → participant → the groups that count them, in order. */
    const byKind = new Map<string, Map<string, Group[]>>()
    const join = (group: Group, report: Reported) => {
      group.items.push(report)
      const key = kindKey(report)
      let byPerson = byKind.get(key)
      if (!byPerson) {
        byPerson = new Map()
        byKind.set(key, byPerson)
      }
      for (const person of report.participants) {
        if (group.participants.has(person)) continue
        group.participants.add(person)
        const list = byPerson.get(person)
        if (list) list.push(group)
        else byPerson.set(person, [group])
      }
    }
    const start = (report: Reported): Group => {
      const group: Group = {index: groups.length, items: [], participants: new Set()}
      groups.push(group)
      join(group, report)
      return group
    }

    // Dated reports: the first group of the same date, organization, body and kind; without an
    // organization, the first of them whose first report shares a participant.
    const firstByDate = new Map<string, Group>()
    const firstByDateAndPerson = new Map<string, Map<string, Group>>()
    for (const report of reported) {
      if (!report.record.date) continue
      const key = JSON.stringify([report.record.date, kindKey(report)])
      let group: Group | undefined
      if (report.organization === null) {
        const byPerson = firstByDateAndPerson.get(key)
        for (const person of report.participants) {
          const candidate = byPerson?.get(person)
          if (candidate && (!group || candidate.index < group.index)) group = candidate
        }
      } else {
        group = firstByDate.get(key)
      }
      if (group) {
        join(group, report)
        continue
      }
      group = start(report)
      if (report.organization === null) {
        let byPerson = firstByDateAndPerson.get(key)
        if (!byPerson) {
          byPerson = new Map()
          firstByDateAndPerson.set(key, byPerson)
        }
        for (const person of report.participants) if (!byPerson.has(person)) byPerson.set(person, group)
      } else {
        firstByDate.set(key, group)
      }
    }

    // Undated reports: the one compatible group that shares most participants, if one does. Lists
    // of groups are read shortest first, and reading stops once no group left unread can change
    // the outcome: a group in none of the lists read so far shares at most one participant per
    // list left.
    for (const report of reported) {
      if (report.record.date) continue
      const byPerson = byKind.get(kindKey(report))
      const lists = [...report.participants].map((person) => byPerson?.get(person) ?? []).sort((a, b) => a.length - b.length)
      const counted = new Set<Group>()
      let best: Group | undefined
      let most = 0
      let tie = false
      let bound = lists.length
      for (const list of lists) {
        if (most > bound || (tie && most === bound)) break
        for (const group of list) {
          if (counted.has(group)) continue
          counted.add(group)
          if (!compatible(group.items[0]!, report)) continue
          const shared = overlap(report.participants, group.participants)
          if (shared > most) {
            best = group
            most = shared
            tie = false
          } else if (shared === most) {
            tie = true
            if (most === bound) break
          }
        }
        bound--
      }
      if (best && !tie) join(best, report)
      else start(report)
    }

    const first = (group: Group) => group.items[0]!
    for (const group of groups.sort((a, b) => (first(a).record.date ?? '9999').localeCompare(first(b).record.date ?? '9999') || first(a).stem.localeCompare(first(b).stem))) {
      this.meetings.push(this.meeting(group.items))
    }
  }

  meeting(group: Reported[]): MeetingEntity {
    const first = group[0]!
    const date = group.map((item) => item.record.date).find(Boolean) ?? null
    const organizationEntity = first.organization ? this.organizationsById.get(first.organization) : undefined
    const body = group.map((item) => item.record.body).find(Boolean) ?? null
    const kind = first.record.kind
    const phrases = group.map((item) => item.record.name.replace(/\s+/g, ' ').trim()).filter((phrase) => phrase.split(' ').length > 1)
    const placeText = group.map((item) => item.record.place).find(Boolean) ?? null
    const name = meetingName(kind, body, organizationEntity?.name ?? null, phrases, placeText, date)
    const slugParts = [organizationEntity?.acronym ?? organizationEntity?.name ?? 'meeting', body && body !== 'Summit' ? initials(body) : null, kind === 'meeting' ? null : kind, date ?? 'undated']
    const id = this.ids.mint('event', slugParts.filter(Boolean).join(' '))
    let organizer: string | null = first.organization
    if (organizationEntity && body && body !== 'Summit') {
      organizer = this.organization(`${body} of the ${organizationEntity.name}`, {parent: organizationEntity.name}).id
    }
    const mode = group.map((item) => item.record.mode).find(Boolean) ?? null
    const placeName = group.map((item) => item.record.place).find(Boolean) ?? null
    const location = placeName ? this.place(placeName, null).id : null

    // Participants: one per person, with the post from the best source.
    const byPerson = new Map<string, {participant: ParticipantEntity; weight: number}>()
    for (const item of group) {
      const document = this.documents.get(item.stem)!
      document.meeting = id
      for (const participant of item.record.participants) {
        const person = this.personIndex[item.stem]![participant.entity]
        if (!person) continue
        const weight = officialKinds.has(item.summary.kind) ? 2 : 1
        const existing = byPerson.get(person)
        const entry = existing ?? {participant: this.participant(id, person, participant, date, organizationEntity), weight: 0}
        if (existing && participant.role && weight > existing.weight) {
          const replacement = this.participant(id, person, participant, date, organizationEntity)
          entry.participant = {...replacement, chair: existing.participant.chair, sources: existing.participant.sources, id: existing.participant.id}
        }
        entry.weight = Math.max(entry.weight, participant.role ? weight : 0)
        entry.participant.chair ||= participant.chair
        this.addTo(entry.participant.sources, document.file)
        byPerson.set(person, entry)
      }
    }
    const participants = [...byPerson.values()]
      .map((entry) => ({...entry.participant, sources: entry.participant.sources.sort()}))
      .sort((a, b) => Number(b.chair) - Number(a.chair) || a.person.localeCompare(b.person))
    const stems = group.map((item) => item.stem).sort()
    return {
      id,
      name,
      alternateNames: [...new Set(phrases.filter((phrase) => phrase !== name))].sort(),
      startDate: date,
      kind,
      organization: first.organization,
      organizer,
      mode,
      location,
      participants,
      reportedBy: stems,
      recordedIn: stems.filter((stem) => officialKinds.has(this.documents.get(stem)!.kind))
    }
  }

  participant(
    meeting: string,
    person: string,
    participant: ParticipantRecord,
    date: string | null,
    organization: OrganizationEntity | undefined
  ): ParticipantEntity {
    const role = participant.role
    const serves = role?.organization ? this.organization(role.organization).id : null
    let status: ParticipantEntity['status'] = null
    if (organization?.knowledgeId) {
      if (serves && (serves === organization.id || this.isPartOf(serves, organization.id)) && officialTitle.test(role?.function ?? '')) status = 'secretariat'
      else if (role?.country && organization.members.length > 0) {
        // A state the knowledge files list no standing for on that date takes part as a guest.
        status = (standingOf(this.knowledge, organization.knowledgeId, role.country, date) as ParticipantEntity['status']) ?? 'guest'
      }
    }
    const slugOf = person.slice(person.lastIndexOf('/') + 1)
    return {
      id: `${meeting}/attendance/${slugOf}`,
      person,
      chair: participant.chair,
      role: role?.post ?? null,
      roleName: role?.function ?? null,
      country: role?.country ?? null,
      organization: serves,
      status,
      sources: []
    }
  }

  isPartOf(child: string, parent: string): boolean {
    return this.organizationsById.get(child)?.parent === parent
  }

  collectQuotations(input: Summarised): void {
    const document = this.documents.get(input.stem)!
    let index = 0
    for (const quotation of input.summary.quotations) {
      const creator = this.personIndex[input.stem]![quotation.speaker]
      if (!creator) continue
      index++
      this.quotations.push({id: `${document.id}/quotation/${index}`, text: quotation.text, creator, document: input.stem})
    }
  }

  collectCitations(input: Summarised, statements: StatementIndex): void {
    const document = this.documents.get(input.stem)!
    for (const citation of input.summary.citations) {
      const key = `${fold(citation.title)}|${citation.date ?? ''}`
      let entity = this.citations.get(key)
      if (!entity) {
        entity = {id: this.ids.mint('work', citation.title), title: citation.title, date: citation.date, matches: statements.match(citation.title, citation.date, input.stem), documents: []}
        this.citations.set(key, entity)
      }
      this.addTo(entity.documents, input.stem)
      this.addTo(document.citations, entity.id)
    }
  }

  corpus(): Corpus {
    for (const document of this.documents.values()) document.mentions.sort()
    return {
      base: this.ids.base,
      documents: [...this.documents.values()],
      people: byId(this.people),
      organizations: byId(this.organizations.values()).map((entity) => ({...entity, documents: entity.documents.sort()})),
      countries: byId(this.countries.values()).map((entity) => ({...entity, documents: entity.documents.sort()})),
      places: byId(this.places.values()).map((entity) => ({...entity, documents: entity.documents.sort()})),
      meetings: this.meetings,
      quotations: this.quotations,
      citations: byId(this.citations.values()),
      personIndex: this.personIndex,
      organizationIndex: this.organizationIndex
    }
  }
}

/**
 * An empty record without a prototype, for keys taken from the text (stems, local keys, names):
 * `constructor`, `toString` or `__proto__` are then keys like any other, neither inherited on
 * reading nor swallowed by the `__proto__` setter on writing. It is still a plain record to its
 * readers (`Object.entries`, `JSON.stringify`, structured clone, `toEqual` against `{}`).
 *
 * @returns
 *   A new empty record.
 */
function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

function byId<T extends {id: string}>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id))
}

function overlap(a: Set<string>, b: Set<string>): number {
  let count = 0
  for (const item of a) if (b.has(item)) count++
  return count
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null
}

function initials(value: string): string {
  return value
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!.toLowerCase())
    .join('')
}

function titleIfCaps(value: string): string {
  if (value !== value.toUpperCase()) return value
  const small = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to'])
  return value
    .toLowerCase()
    .split(/\s+/)
    .map((word, index) => (index > 0 && small.has(word) ? word : word.replace(/(^|-)\p{L}/gu, (letter) => letter.toUpperCase())))
    .join(' ')
}

/** A meeting's name: `Extraordinary Meeting of the Council of Foreign Ministers of the Organization of …`. */
function meetingName(kind: MeetingEntity['kind'], body: string | null, organization: string | null, phrases: string[], place: string | null, date: string | null): string {
  if (organization && body && body !== 'Summit') {
    const adjective = kind === 'extraordinary' ? 'Extraordinary ' : kind === 'ordinary' ? 'Ordinary ' : ''
    return `${adjective}Meeting of the ${body} of the ${organization}`
  }
  const written = phrases.find((phrase) => phrase !== phrase.toUpperCase()) ?? phrases[0]
  if (written) return written.charAt(0).toUpperCase() + written.slice(1)
  const base = organization ? `${kind === 'summit' ? 'Summit' : 'Meeting'} of the ${organization}` : kind === 'summit' ? 'Summit' : 'Meeting'
  return [base, place ? `in ${place}` : null, date].filter(Boolean).join(', ').replace(', in', ' in')
}

/** The kinds of document a citation's title can name. */
const citedKind = /\b(statement|declaration|communique|resolution)\b/
const citedKinds = ['statement', 'declaration', 'communique', 'resolution']

/** Statements of the run with one kind of title and one publisher. */
interface Statements {
  /** Their stems, in run order. */
  all: string[]
  /** Those with a date, by date. */
  byDate: Map<string, string[]>
  /** Those without a date. */
  undated: string[]
}

/**
 * The statements of a run, for finding the one a citation names: same kind of document (the
 * citation's title names a statement, declaration, communiqué or resolution, and so does the
 * statement's title), same issuing body (the statement's publisher is part of the citation's
 * title), no other date. Indexed by publisher and kind, so a citation costs the same whatever
 * the number of documents.
 */
class StatementIndex {
  /** Folded publisher → kind named in the title → statements. */
  readonly #byPublisher = new Map<string, Map<string, Statements>>()
  /** The lengths of the folded publishers. */
  readonly #lengths: number[]

  constructor(documents: readonly Summarised[]) {
    for (const {stem, summary} of documents) {
      if (summary.kind !== 'statement' || !summary.title || !summary.publisher) continue
      const title = fold(summary.title)
      const publisher = fold(summary.publisher)
      // A publisher of no letters or digits (`•`) names nothing a title could name.
      if (publisher === '') continue
      let byKind = this.#byPublisher.get(publisher)
      if (!byKind) {
        byKind = new Map()
        this.#byPublisher.set(publisher, byKind)
      }
      for (const kind of citedKinds) {
        if (!title.includes(kind)) continue
        let statements = byKind.get(kind)
        if (!statements) {
          statements = {all: [], byDate: new Map(), undated: []}
          byKind.set(kind, statements)
        }
        statements.all.push(stem)
        if (summary.date) {
          const list = statements.byDate.get(summary.date)
          if (list) list.push(stem)
          else statements.byDate.set(summary.date, [stem])
        } else {
          statements.undated.push(stem)
        }
      }
    }
    this.#lengths = [...new Set([...this.#byPublisher.keys()].map((publisher) => publisher.length))]
  }

  /**
   * The one statement of the run a citation names.
   *
   * @param title
   *   The citation's title.
   * @param date
   *   Its date, or null.
   * @param self
   *   Stem of the citing document (never its own match).
   * @returns
   *   The stem of the only statement that fits, or null (none, or several).
   */
  match(title: string, date: string | null, self: string): string | null {
    const words = fold(title)
    const kind = citedKind.exec(words)?.[1]
    if (!kind) return null
    // Publishers named in the title as words of their own (`ots` in `ots statement`, not in
    // `pilots`): by finding each, or by looking up each part of a publisher's length that starts and
    // ends at a word boundary, whichever is fewer.
    const publishers = new Set<string>()
    let substrings = 0
    for (const length of this.#lengths) if (length <= words.length) substrings += words.length - length + 1
    if (this.#byPublisher.size <= substrings) {
      for (const publisher of this.#byPublisher.keys()) if (containsWord(words, publisher)) publishers.add(publisher)
    } else {
      for (let start = 0; start < words.length; start++) {
        if (start > 0 && isWordCode(words.charCodeAt(start - 1))) continue
        for (const length of this.#lengths) {
          const end = start + length
          if (end > words.length || (end < words.length && isWordCode(words.charCodeAt(end)))) continue
          const part = words.slice(start, end)
          if (this.#byPublisher.has(part)) publishers.add(part)
        }
      }
    }
    const lists: string[][] = []
    for (const publisher of publishers) {
      const statements = this.#byPublisher.get(publisher)!.get(kind)
      if (!statements) continue
      if (date) lists.push(statements.byDate.get(date) ?? [], statements.undated)
      else lists.push(statements.all)
    }
    // More than two candidates are at least two matches, the citing document aside.
    let count = 0
    for (const list of lists) count += list.length
    if (count > 2) return null
    const matches = lists.flat().filter((stem) => stem !== self)
    return matches.length === 1 ? matches[0]! : null
  }
}

/**
 * Whether a folded text contains a folded phrase as words of their own: the characters either side
 * of one of its occurrences are not letters or digits (`ots` is in `the ots statement` and in
 * `ots-led`, not in `pilots`). Linear in the length of the text.
 *
 * @param text
 *   Folded text.
 * @param phrase
 *   Folded phrase (not empty).
 * @returns
 *   Whether it occurs there at word boundaries.
 */
function containsWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length
    if ((at === 0 || !isWordCode(text.charCodeAt(at - 1))) && (end === text.length || !isWordCode(text.charCodeAt(end)))) return true
  }
  return false
}

/**
 * Whether a character code of folded text is a letter or a digit (what `fold` keeps besides
 * spaces, hyphens and apostrophes, which separate words).
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is `a`–`z` or `0`–`9`.
 */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}
