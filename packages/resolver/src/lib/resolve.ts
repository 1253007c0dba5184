import type {Document, MeetingRecord, Nodes, ParticipantRecord, RoleRecord} from '@communique/doctree'
import {toString, visit} from '@communique/doctree'
import {countryName, fold, loadKnowledge, officialTitle, roleKeys, standingOf, type Knowledge} from '@communique/knowledge'
import {IdMinter} from './ids.js'
import {bestName, clusterPeople, evidenceOf, type DocumentPerson} from './people.js'
import type {
  CitationEntity,
  Corpus,
  CountryEntity,
  DocumentEntity,
  InputDocument,
  MeetingEntity,
  OrganizationEntity,
  ParticipantEntity,
  PersonEntity,
  PlaceEntity,
  QuotationEntity,
  ResolveOptions
} from '../types.js'

/** Default base IRI of every `@id`. */
export const defaultBase = 'https://example.org/communique/id/'

const officialKinds = new Set(['statement', 'speech'])

/**
 * Resolve the documents of a run into one corpus: one person per human being (whatever the
 * spellings), one organization, country and place per name, one meeting per meeting (documents
 * that report the same meeting merge, and one without a date of its own gets the meeting's), with
 * who took part, in which capacity and which documents say so.
 *
 * Pure: the same documents in any order give the same corpus.
 *
 * @param documents
 *   The documents of the run (stems unique).
 * @param options
 *   Base IRI and knowledge (optional).
 * @returns
 *   The corpus.
 */
export function resolve(documents: readonly InputDocument[], options?: Readonly<ResolveOptions> | null): Corpus {
  const knowledge = options?.knowledge ?? loadKnowledge()
  const ids = new IdMinter(options?.base ?? defaultBase)
  const sorted = [...documents].sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0))
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
  for (const document of sorted) state.collectCitations(document, sorted)
  return state.corpus()
}

class State {
  readonly ids: IdMinter
  readonly knowledge: Readonly<Knowledge>
  readonly documents = new Map<string, DocumentEntity>()
  readonly organizations = new Map<string, OrganizationEntity>()
  readonly countries = new Map<string, CountryEntity>()
  readonly places = new Map<string, PlaceEntity>()
  readonly people: PersonEntity[] = []
  readonly meetings: MeetingEntity[] = []
  readonly quotations: QuotationEntity[] = []
  readonly citations = new Map<string, CitationEntity>()
  readonly personIndex: Record<string, Record<string, string>> = {}
  readonly organizationIndex: Record<string, Record<string, string>> = {}

  constructor(ids: IdMinter, knowledge: Readonly<Knowledge>) {
    this.ids = ids
    this.knowledge = knowledge
  }

  addDocument(input: InputDocument): void {
    const {tree} = input
    this.documents.set(input.stem, {
      id: this.ids.mint('source', input.stem),
      stem: input.stem,
      file: input.file,
      kind: tree.kind,
      date: tree.date,
      title: tree.title,
      dateline: tree.dateline,
      publisher: tree.publisher,
      mentions: [],
      citations: [],
      meeting: null
    })
    this.personIndex[input.stem] = {}
    this.organizationIndex[input.stem] = {}
  }

  /** The organization entity for a name (canonical through the knowledge files), made on first use. */
  organization(name: string, options: {parent?: string | null; acronym?: string | null; stem?: string} = {}): OrganizationEntity {
    const fact = this.knowledge.organizations.find(
      (candidate) =>
        fold(candidate.name) === fold(name) ||
        candidate.alternateNames.some((other) => fold(other) === fold(name)) ||
        candidate.formerNames.some((former) => fold(former.name) === fold(name))
    )
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
    }
    if (name !== canonical && !entity.alternateNames.includes(name) && name.toUpperCase() !== name) entity.alternateNames.push(name)
    entity.acronym ??= options.acronym ?? null
    if (options.parent && !entity.parent) entity.parent = this.organization(options.parent).id
    if (options.stem && !entity.documents.includes(options.stem)) entity.documents.push(options.stem)
    return entity
  }

  country(code: string, stem?: string): CountryEntity {
    let entity = this.countries.get(code)
    if (!entity) {
      const fact = this.knowledge.countries.find((candidate) => candidate.code === code)
      entity = {
        id: `${this.ids.base}country/${code.toLowerCase()}`,
        code,
        name: countryName(code),
        sameAs: fact?.wikidata ? `http://www.wikidata.org/entity/${fact.wikidata}` : null,
        documents: []
      }
      this.countries.set(code, entity)
    }
    if (stem && !entity.documents.includes(stem)) entity.documents.push(stem)
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
    if (stem && !entity.documents.includes(stem)) entity.documents.push(stem)
    return entity
  }

  collectNamed(input: InputDocument): void {
    const document = this.documents.get(input.stem)!
    const mention = (iri: string) => {
      if (!document.mentions.includes(iri)) document.mentions.push(iri)
    }
    visit(input.tree, (node: Nodes) => {
      if (node.type === 'organization') {
        const name = node.name === node.name.toUpperCase() ? (node.parent ?? node.name) : node.name
        const entity = this.organization(name, {parent: node.parent, acronym: node.acronym, stem: input.stem})
        this.organizationIndex[input.stem]![node.name] = entity.id
        mention(entity.id)
      } else if (node.type === 'country') {
        mention(this.country(node.code, input.stem).id)
      } else if (node.type === 'place') {
        mention(this.place(node.name, node.country, input.stem).id)
      } else if (node.type === 'role') {
        if (node.country) mention(this.country(node.country, input.stem).id)
        if (node.organization) mention(this.organization(node.organization, {stem: input.stem}).id)
      }
      return undefined
    })
  }

  resolvePeople(documents: readonly InputDocument[]): void {
    const all: DocumentPerson[] = []
    for (const {stem, tree} of documents) {
      for (const record of tree.people) {
        const {countries, roles} = evidenceOf(record)
        all.push({
          stem,
          kind: tree.kind,
          date: tree.meeting?.date ?? tree.date,
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
      .map((cluster) => ({cluster, ...bestName(cluster)}))
      .sort((a, b) => fold(a.name).localeCompare(fold(b.name)) || a.cluster.members[0]!.stem.localeCompare(b.cluster.members[0]!.stem))
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
        const document = this.documents.get(member.stem)!
        if (!document.mentions.includes(id)) document.mentions.push(id)
        for (const role of member.record.roles) this.addPost(person, role, member)
      }
      this.people.push(person)
    }
  }

  wikidataOf(name: string, alternateNames: string[], members: DocumentPerson[]): string | null {
    const forms = new Set([name, ...alternateNames].map((form) => fold(form)))
    const countries = new Set(members.flatMap((member) => [...member.countries]))
    const fact = this.knowledge.people.find(
      (candidate) => forms.has(fold(candidate.name)) && (!candidate.country || countries.size === 0 || countries.has(candidate.country))
    )
    return fact ? `http://www.wikidata.org/entity/${fact.wikidata}` : null
  }

  addPost(person: PersonEntity, role: RoleRecord, member: DocumentPerson): void {
    const organization = role.organization ? this.organization(role.organization).id : null
    const keys = [...roleKeys(role.function)].sort().join('+')
    const existing = person.posts.find(
      (post) =>
        [...roleKeys(post.roleName)].sort().join('+') === keys &&
        (post.country === role.country || !post.country || !role.country) &&
        (post.organization === organization || !post.organization || !organization)
    )
    if (existing) {
      // The best source words the post: an official record over a news report, then the fuller wording.
      const better = officialKinds.has(member.kind) && !existing.sources.some((stem) => officialKinds.has(this.documents.get(stem)!.kind))
      if (better || (role.post.length > existing.name.length && !existing.sources.some((stem) => officialKinds.has(this.documents.get(stem)!.kind)))) {
        existing.name = role.post
        existing.roleName = role.function
      }
      existing.country ??= role.country
      existing.organization ??= organization
      if (!existing.sources.includes(member.stem)) existing.sources.push(member.stem)
      return
    }
    person.posts.push({
      id: this.ids.mint('role', `${person.id.slice(person.id.lastIndexOf('/') + 1)} ${role.function}`),
      name: role.post,
      roleName: role.function,
      country: role.country,
      organization,
      sources: [member.stem]
    })
  }

  resolveMeetings(documents: readonly InputDocument[]): void {
    interface Reported {
      stem: string
      tree: Document
      record: MeetingRecord
      organization: string | null
      participants: Set<string>
    }
    const reported: Reported[] = []
    for (const {stem, tree} of documents) {
      if (!tree.meeting) continue
      const organization = tree.meeting.organization ? this.organization(tree.meeting.organization, {stem}).id : null
      const participants = new Set(tree.meeting.participants.map((participant) => this.personIndex[stem]![participant.entity]!).filter(Boolean))
      reported.push({stem, tree, record: tree.meeting, organization, participants})
    }
    // Group: same organization, body and kind, and the same date; a report without a date joins the
    // one dated meeting it shares most participants with.
    const groups: Reported[][] = []
    const compatible = (a: Reported, b: Reported) =>
      a.organization === b.organization &&
      (a.record.body ?? '') === (b.record.body ?? '') &&
      a.record.kind === b.record.kind &&
      (a.organization !== null || overlap(a.participants, b.participants) > 0)
    for (const report of reported.filter((item) => item.record.date)) {
      const group = groups.find((items) => items[0]!.record.date === report.record.date && compatible(items[0]!, report))
      if (group) group.push(report)
      else groups.push([report])
    }
    for (const report of reported.filter((item) => !item.record.date)) {
      const ranked = groups
        .filter((items) => compatible(items[0]!, report))
        .map((items) => ({items, shared: overlap(report.participants, new Set(items.flatMap((item) => [...item.participants])))}))
        .filter((entry) => entry.shared > 0)
        .sort((a, b) => b.shared - a.shared)
      const best = ranked[0]
      if (best && (ranked.length === 1 || ranked[1]!.shared < best.shared)) best.items.push(report)
      else groups.push([report])
    }

    for (const group of groups.sort((a, b) => (a[0]!.record.date ?? '9999').localeCompare(b[0]!.record.date ?? '9999') || a[0]!.stem.localeCompare(b[0]!.stem))) {
      this.meetings.push(this.meeting(group))
    }
  }

  meeting(group: Array<{stem: string; tree: Document; record: MeetingRecord; organization: string | null}>): MeetingEntity {
    const first = group[0]!
    const date = group.map((item) => item.record.date).find(Boolean) ?? null
    const organizationEntity = first.organization ? [...this.organizations.values()].find((entity) => entity.id === first.organization) : undefined
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
        const weight = officialKinds.has(item.tree.kind) ? 2 : 1
        const existing = byPerson.get(person)
        const entry = existing ?? {participant: this.participant(id, person, participant, date, organizationEntity), weight: 0}
        if (existing && participant.role && weight > existing.weight) {
          const replacement = this.participant(id, person, participant, date, organizationEntity)
          entry.participant = {...replacement, chair: existing.participant.chair, sources: existing.participant.sources, id: existing.participant.id}
        }
        entry.weight = Math.max(entry.weight, participant.role ? weight : 0)
        entry.participant.chair ||= participant.chair
        if (!entry.participant.sources.includes(document.file)) entry.participant.sources.push(document.file)
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
    const entity = [...this.organizations.values()].find((candidate) => candidate.id === child)
    return entity?.parent === parent
  }

  collectQuotations(input: InputDocument): void {
    const document = this.documents.get(input.stem)!
    let index = 0
    visit(input.tree, (node: Nodes) => {
      if (node.type !== 'quote' || !node.speaker) return undefined
      const creator = this.personIndex[input.stem]![node.speaker]
      if (!creator) return undefined
      index++
      this.quotations.push({id: `${document.id}/quotation/${index}`, text: toString(node).trim(), creator, document: input.stem})
      return undefined
    })
  }

  collectCitations(input: InputDocument, documents: readonly InputDocument[]): void {
    const document = this.documents.get(input.stem)!
    visit(input.tree, (node: Nodes) => {
      if (node.type !== 'citation') return undefined
      const key = `${fold(node.title)}|${node.date ?? ''}`
      let entity = this.citations.get(key)
      if (!entity) {
        entity = {id: this.ids.mint('work', node.title), title: node.title, date: node.date, matches: matchDocument(node.title, node.date, documents, input.stem), documents: []}
        this.citations.set(key, entity)
      }
      if (!entity.documents.includes(input.stem)) entity.documents.push(input.stem)
      if (!document.citations.includes(entity.id)) document.citations.push(entity.id)
      return undefined
    })
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

/** A run document a citation names: same kind of document, same issuing body, no other date. */
function matchDocument(title: string, date: string | null, documents: readonly InputDocument[], self: string): string | null {
  const words = fold(title)
  const kind = /\b(statement|declaration|communique|resolution)\b/.exec(words)?.[1]
  if (!kind) return null
  const matches = documents.filter((document) => {
    if (document.stem === self || document.tree.kind !== 'statement' || !document.tree.title) return false
    const other = fold(document.tree.title)
    if (!other.includes(kind)) return false
    if (date && document.tree.date && document.tree.date !== date) return false
    const publisher = document.tree.publisher ? fold(document.tree.publisher) : null
    return publisher !== null && words.includes(publisher)
  })
  return matches.length === 1 ? matches[0]!.stem : null
}
