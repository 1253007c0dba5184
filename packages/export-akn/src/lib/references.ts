import {toString, type Document as Tree, type OrganizationMention, type PlaceMention, type RoleMention, type RoleRecord} from '@communique/doctree'
import {countryName, fold, slug, type OrganizationFact} from '@communique/knowledge'
import {shorten} from './identity.js'
import {actorOf, findOrganization, jurisdictionOf, nameOf, organizationNamed, type KnownOrganization} from './organizations.js'
import type {Settings} from './types.js'
import {betterForm, camel, isAllCaps, normalizeSpace} from './util.js'

/** The kinds of TLC (Top Level Class) entries this exporter writes, in the order it writes them. */
export const tlcKinds = ['TLCOrganization', 'TLCPerson', 'TLCRole', 'TLCLocation', 'TLCEvent'] as const

/** A kind of TLC entry. */
export type TlcKind = (typeof tlcKinds)[number]

/** One entry of `meta/references`. */
export interface Tlc {
  kind: TlcKind
  eId: string
  /** Ontology IRI, `/akn/ontology/{class}/[scope/]slug`. */
  href: string
  showAs: string
  shortForm: string | undefined
}

/** eIds the document structure uses without a `_`, so TLC entries cannot take them. */
const reserved = ['preface', 'preamble', 'conclusions', 'original']

/** eId of the markup agent (the toolkit), `FRBRManifestation/FRBRauthor` and `@source`. */
export const markupAgent = 'communique'

/** Slugs of IRIs given in the options (`…/person/jane-doe` → `jane-doe`). */
const iriSlug = /\/([a-z\d]+(?:-[a-z\d]+)*)\/?$/

/**
 * The registry of everything the document refers to, filled while the body is exported: each call
 * returns the eId of the TLC entry for a person, post, organization, place or event, adding the entry the
 * first time. The same thing always gets the same entry; different things never share an eId.
 */
export class References {
  readonly #settings: Settings
  readonly #tree: Readonly<Tree>
  readonly #context: ReadonlyArray<Readonly<OrganizationFact>>
  readonly #used = new Set<string>(reserved)
  readonly #entries = new Map<string, Tlc>()

  /**
   * @param tree
   *   The document.
   * @param settings
   *   Validated options.
   */
  constructor(tree: Readonly<Tree>, settings: Settings) {
    this.#tree = tree
    this.#settings = settings
    const context: Array<Readonly<OrganizationFact>> = []
    for (const name of [tree.publisher, tree.meeting?.organization]) {
      const organization = organizationNamed(settings.knowledge, name)
      if (organization && !context.includes(organization)) context.push(organization)
    }
    this.#context = context
    this.#add('fixed:communique', 'TLCOrganization', markupAgent, '/akn/ontology/organization/communique', 'Communique (markup)')
    this.fixedRole('author')
    this.fixedRole('editor')
  }

  /**
   * The organizations a body named alone (`SECRETARIAT`) may belong to: the publisher's
   * and the meeting's, when the knowledge files know them.
   *
   * @returns
   *   The organizations.
   */
  get context(): ReadonlyArray<Readonly<OrganizationFact>> {
    return this.#context
  }

  /**
   * The entries, by kind (organizations, people, roles, locations, events), each kind in order of first use.
   *
   * @returns
   *   The entries.
   */
  list(): Tlc[] {
    const entries = [...this.#entries.values()]
    return tlcKinds.flatMap((kind) => entries.filter((entry) => entry.kind === kind))
  }

  /**
   * A role of the markup or the document itself: `author`, `editor` (of the markup), `speaker`, `chair`.
   *
   * @param name
   *   Which.
   * @returns
   *   Its eId (the name).
   */
  fixedRole(name: 'author' | 'chair' | 'editor' | 'speaker'): string {
    const labels = {author: 'Author', chair: 'Chair of the meeting', editor: 'Editor (markup)', speaker: 'Speaker'}
    return this.#add(`fixed:${name}`, 'TLCRole', name, `/akn/ontology/role/${name}`, labels[name])
  }

  /**
   * A person, by their local entity key.
   *
   * @param entity
   *   Entity key (`p1`).
   * @param written
   *   The name as written, used when nothing better is known.
   * @returns
   *   eId of the `TLCPerson`.
   */
  person(entity: string, written: string): string {
    const resolved = this.#settings.people.get(entity)
    const record = this.#tree.people.find((person) => person.entity === entity)
    const showAs = resolved?.name ?? record?.name ?? written
    const name = normalizeSpace(showAs) || entity
    const path = (resolved && iriSlug.exec(resolved.id)?.[1]) ?? slug(name)
    return this.#add(resolved ? `person:${resolved.id}` : `person:local:${entity}`, 'TLCPerson', camel(slug(name), 'person'), `/akn/ontology/person/${path}`, name)
  }

  /**
   * The stand-in for a speaker the document does not name (`speech/@by` is required).
   *
   * @returns
   *   eId of the `TLCPerson` “Unknown speaker”.
   */
  unknownSpeaker(): string {
    return this.#add('person:unknown', 'TLCPerson', 'unknownSpeaker', '/akn/ontology/person/unknown-speaker', 'Unknown speaker')
  }

  /**
   * A post as mentioned. A bare post (`President`) whose holder has, in this document, the same function
   * with a country or organization (`President of the Republic of Ruritania`) is that post.
   *
   * @param mention
   *   The role mention.
   * @returns
   *   eId of the `TLCRole`.
   */
  role(mention: Readonly<RoleMention>): string {
    const written = normalizeSpace(toString(mention))
    let country = mention.country
    let organization = mention.organization
    const posts = [written]
    if (!country && !organization && mention.holder) {
      for (const record of this.postsOf(mention.holder)) {
        if (fold(record.function) !== fold(mention.function)) continue
        if (!country && !organization && (record.country || record.organization)) {
          country = record.country
          organization = record.organization
        }
      }
    }

    for (const record of mention.holder ? this.postsOf(mention.holder) : []) {
      if (fold(record.function) === fold(mention.function) && record.country === country && record.organization === organization) posts.push(record.post)
    }

    let eId = ''
    for (const post of posts) eId = this.#role(mention.function, country, organization, post)
    return eId
  }

  /**
   * A post as a person record or meeting record gives it.
   *
   * @param record
   *   The post.
   * @returns
   *   eId of the `TLCRole`.
   */
  post(record: Readonly<RoleRecord>): string {
    return this.#role(record.function, record.country, record.organization, record.post)
  }

  /**
   * The posts the document gives a person: their record's, then the meeting's.
   *
   * @param entity
   *   Entity key.
   * @returns
   *   The posts.
   */
  postsOf(entity: string): RoleRecord[] {
    const posts = [...(this.#tree.people.find((person) => person.entity === entity)?.roles ?? [])]
    for (const participant of this.#tree.meeting?.participants ?? []) {
      if (participant.entity === entity && participant.role) posts.push(participant.role)
    }
    return posts
  }

  /**
   * An organization as mentioned: the knowledge files' entry (organization or body) when they know it.
   *
   * @param mention
   *   The organization mention.
   * @returns
   *   eId of the `TLCOrganization`.
   */
  organization(mention: Readonly<OrganizationMention>): string {
    const known = findOrganization(this.#settings.knowledge, mention, this.#context)
    if (known) return this.known(known)
    const resolved = this.#settings.organizations.get(mention.name)
    const name = normalizeSpace(resolved?.name ?? mention.name) || 'organization'
    const path = (resolved && iriSlug.exec(resolved.id)?.[1]) ?? slug(name)
    return this.#add(`organization:${resolved?.id ?? fold(name)}`, 'TLCOrganization', camel(slug(name), 'organization'), `/akn/ontology/organization/${path}`, name, mention.acronym ?? undefined)
  }

  /**
   * An organization or body of the knowledge files.
   *
   * @param known
   *   The organization and body.
   * @returns
   *   eId of the `TLCOrganization` (`otsCfm`).
   */
  known(known: Readonly<KnownOrganization>): string {
    const id = known.body?.id ?? known.organization.id
    const shortForm = known.body ? known.body.acronym : (known.organization.acronym ?? undefined)
    return this.#add(
      `organization:known:${known.organization.id}:${known.body?.id ?? ''}`,
      'TLCOrganization',
      camel(slug(id), 'organization'),
      `/akn/ontology/organization/${jurisdictionOf(known.organization)}/${actorOf(known)}`,
      nameOf(known),
      shortForm
    )
  }

  /**
   * An issuing office or body the knowledge files do not know, named by the IRI's jurisdiction and actor.
   *
   * @param jurisdiction
   *   Jurisdiction (`xx`, `us`).
   * @param actor
   *   Actor (`president`).
   * @param showAs
   *   Display name.
   * @returns
   *   eId of the `TLCOrganization`.
   */
  office(jurisdiction: string, actor: string, showAs: string): string {
    return this.#add(`office:${jurisdiction}/${actor}`, 'TLCOrganization', camel(`${actor}-office`, 'office'), `/akn/ontology/organization/${jurisdiction}/${actor}`, showAs)
  }

  /**
   * A country.
   *
   * @param code
   *   ISO 3166-1 alpha-2 code.
   * @returns
   *   eId of the `TLCLocation`.
   */
  country(code: string): string {
    const name = countryName(code.toUpperCase())
    return this.#add(`location:${code.toUpperCase()}`, 'TLCLocation', camel(slug(name), 'location'), `/akn/ontology/location/${slug(code)}`, name)
  }

  /**
   * A place that is not a country.
   *
   * @param mention
   *   The place mention.
   * @returns
   *   eId of the `TLCLocation`.
   */
  place(mention: Readonly<PlaceMention>): string {
    const name = normalizeSpace(mention.name) || 'place'
    const scope = mention.country ? `${slug(mention.country)}/` : ''
    return this.#add(`location:place:${fold(name)}|${mention.country ?? ''}`, 'TLCLocation', camel(slug(name), 'location'), `/akn/ontology/location/${scope}${slug(name)}`, name)
  }

  /**
   * The meeting the document reports. A dated meeting of an organization the knowledge files know is
   * named by its body, kind and date (`/akn/ontology/event/xx-lf/lf-council-extraordinary-meeting-2031-03-14`);
   * any other by its name as written (and date).
   *
   * @returns
   *   eId of the `TLCEvent`, or `undefined` when the tree has no meeting.
   */
  meeting(): string | undefined {
    const meeting = this.#tree.meeting
    if (!meeting) return undefined
    const known = meeting.organization
      ? ((meeting.body ? findOrganization(this.#settings.knowledge, {name: meeting.body, parent: meeting.organization}) : undefined) ??
        findOrganization(this.#settings.knowledge, {name: meeting.organization}))
      : undefined
    const kind = meeting.kind === 'extraordinary' ? 'extraordinary-meeting' : meeting.kind === 'summit' ? 'summit' : 'meeting'
    const when = meeting.date ? `-${meeting.date}` : ''
    if (known && meeting.date) {
      const path = `${actorOf(known)}-${kind}${when}`
      const label = `${kind === 'summit' ? 'Summit' : kind === 'meeting' ? 'Meeting' : 'Extraordinary meeting'}${meeting.mode === 'online' ? ' (videoconference)' : ''} of the ${nameOf(known).replace(/^the\s+/i, '')}`
      return this.#add('event:meeting', 'TLCEvent', camel(path, 'event'), `/akn/ontology/event/${jurisdictionOf(known.organization)}/${path}`, meeting.date ? `${label}, ${meeting.date}` : label)
    }

    // Undated, or of an organization the knowledge files do not know: named as written.
    const name = normalizeSpace(meeting.name) || 'meeting'
    const scope = known ? `${jurisdictionOf(known.organization)}/${actorOf(known)}-` : ''
    const path = `${shorten(slug(name))}${when}`
    const label = known && !fold(name).includes(fold(known.organization.name)) ? `${name} (${nameOf(known)})` : name
    return this.#add('event:meeting', 'TLCEvent', camel(path, 'event'), `/akn/ontology/event/${scope}${path}`, meeting.date ? `${label}, ${meeting.date}` : label)
  }

  /**
   * Add (or find) a post.
   *
   * @param fn
   *   Function (`Minister of Foreign Affairs`).
   * @param country
   *   Country served.
   * @param organization
   *   Organization served (canonical name).
   * @param written
   *   The post as written, a candidate for `showAs`.
   * @returns
   *   eId of the `TLCRole`.
   */
  #role(fn: string, country: string | null, organization: string | null, written: string): string {
    const served = organization ? organizationNamed(this.#settings.knowledge, organization) : undefined
    // A post written in capitals (`SECRETARY-GENERAL`) is shown as the knowledge files spell the official.
    let shown = written
    if (served && isAllCaps(written)) {
      for (const body of served.bodies ?? []) {
        const official = (body.officials ?? []).find((candidate) => fold(candidate) === fold(fn))
        if (official) shown = `${official} of ${/^the\b/i.test(served.name) ? '' : 'the '}${served.name}`
      }
    }

    const organizationKey = served ? served.id : organization ? fold(organization) : ''
    const scope = country ? slug(country) : served ? jurisdictionOf(served) : organization ? slug(organization) : undefined
    const label = country ? countryName(country.toUpperCase()) : served ? (served.acronym ?? served.id) : (organization ?? '')
    return this.#add(
      `role:${fold(fn)}|${country ?? ''}|${organizationKey}`,
      'TLCRole',
      camel(label ? `${slug(fn)}-${slug(label)}` : slug(fn), 'role'),
      `/akn/ontology/role/${scope ? `${scope}/` : ''}${slug(fn)}`,
      normalizeSpace(shown) || normalizeSpace(fn)
    )
  }

  /**
   * Add an entry, or find it and keep the better display name.
   *
   * @param id
   *   Identity of the thing.
   * @param kind
   *   TLC kind.
   * @param base
   *   Wanted eId.
   * @param href
   *   Ontology IRI.
   * @param showAs
   *   Display name.
   * @param shortForm
   *   Short form (acronym).
   * @returns
   *   The eId.
   */
  #add(id: string, kind: TlcKind, base: string, href: string, showAs: string, shortForm?: string): string {
    const existing = this.#entries.get(id)
    if (existing) {
      if (kind === 'TLCRole') existing.showAs = betterForm(existing.showAs, showAs)
      return existing.eId
    }

    let eId = base
    for (let count = 2; this.#used.has(eId); count++) eId = `${base}${count}`
    this.#used.add(eId)
    this.#entries.set(id, {kind, eId, href, showAs, shortForm: shortForm || undefined})
    return eId
  }
}
