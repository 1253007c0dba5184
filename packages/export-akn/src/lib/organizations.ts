import {fold, slug, type BodyFact, type Knowledge, type OrganizationFact} from '@communique/knowledge'

/** An organization, or one of its bodies, that the knowledge files know. */
export interface KnownOrganization {
  organization: Readonly<OrganizationFact>
  body: Readonly<BodyFact> | undefined
}

/**
 * Every name an organization goes by: name, alternate names, acronym, former names and their acronyms.
 *
 * @param organization
 *   The organization.
 * @returns
 *   Its names.
 */
function namesOf(organization: Readonly<OrganizationFact>): string[] {
  const names = [organization.name, ...organization.alternateNames]
  if (organization.acronym) names.push(organization.acronym)
  for (const former of organization.formerNames) {
    names.push(former.name)
    if (former.acronym) names.push(former.acronym)
  }
  return names
}

/**
 * The organization of the knowledge files called `name` (any of its names, folded).
 *
 * @param knowledge
 *   The knowledge.
 * @param name
 *   A name or acronym.
 * @returns
 *   The organization, or `undefined`.
 */
export function organizationNamed(knowledge: Readonly<Knowledge>, name: string | null | undefined): Readonly<OrganizationFact> | undefined {
  if (!name) return undefined
  const wanted = fold(name)
  if (wanted === '') return undefined
  return indexOf(knowledge).organizations.get(wanted)
}

/**
 * The body of `organization` that `name` names: the body's name, an alias or its acronym, followed by
 * `of (the) <organization>` or preceded by the organization's name or acronym; bare when `bare` is set (the
 * organization is known from context).
 *
 * @param organization
 *   The organization.
 * @param name
 *   The name as the tree gives it.
 * @param bare
 *   Whether a body's name alone is enough.
 * @returns
 *   The body, or `undefined`.
 */
function bodyNamed(organization: Readonly<OrganizationFact>, name: string, bare: boolean): Readonly<BodyFact> | undefined {
  const wanted = fold(name)
  const index = bodiesOf(organization)
  const composed = index.composed.get(wanted)
  const alone = bare ? index.bare.get(wanted) : undefined
  // The first body, in the knowledge files' order, that either form names.
  const first = composed === undefined ? alone : alone === undefined ? composed : Math.min(alone, composed)
  return first === undefined ? undefined : organization.bodies![first]
}

/**
 * Find what an organization mention names in the knowledge files.
 *
 * In order: a body of the mention's `parent`; the organization itself (by any of its names or its
 * acronym); a body named with its organization (`Secretariat of the …`); a body named
 * alone, of one of the `context` organizations (the document's own organization).
 *
 * @param knowledge
 *   The knowledge.
 * @param mention
 *   Name, acronym and parent as the tree gives them.
 * @param context
 *   Organizations a bare body name may belong to (optional).
 * @returns
 *   The organization and body, or `undefined` when the knowledge files do not know it.
 */
export function findOrganization(
  knowledge: Readonly<Knowledge>,
  mention: Readonly<{name: string; acronym?: string | null | undefined; parent?: string | null | undefined}>,
  context?: ReadonlyArray<Readonly<OrganizationFact>>
): KnownOrganization | undefined {
  const parent = organizationNamed(knowledge, mention.parent)
  if (parent) {
    const body = bodyNamed(parent, mention.name, true)
    return body ? {organization: parent, body} : undefined
  }

  const organization = organizationNamed(knowledge, mention.name) ?? organizationNamed(knowledge, mention.acronym)
  if (organization) return {organization, body: undefined}

  const composed = indexOf(knowledge).bodies.get(fold(mention.name))
  if (composed) return composed

  for (const candidate of context ?? []) {
    const body = bodyNamed(candidate, mention.name, true)
    if (body) return {organization: candidate, body}
  }

  return undefined
}

/**
 * The AKN jurisdiction of an organization: its `akn.jurisdiction`, else `xx-<id>` (the user-assigned
 * ISO 3166 code `xx` with the organization as locality, as `xx-ots`).
 *
 * @param organization
 *   The organization.
 * @returns
 *   The jurisdiction.
 */
export function jurisdictionOf(organization: Readonly<OrganizationFact>): string {
  return organization.akn?.jurisdiction ?? `xx-${slug(organization.id)}`
}

/**
 * The AKN actor of an organization or body: its `akn.actor`, else its knowledge id.
 *
 * @param known
 *   The organization and body.
 * @returns
 *   The actor (`ots-cfm`).
 */
export function actorOf(known: Readonly<KnownOrganization>): string {
  if (known.body) return known.body.akn?.actor ?? slug(known.body.id)
  return known.organization.akn?.actor ?? slug(known.organization.id)
}

/**
 * The display name of an organization or body: `Secretariat of the Lakeside Forum` for a body.
 *
 * @param known
 *   The organization and body.
 * @returns
 *   The name.
 */
export function nameOf(known: Readonly<KnownOrganization>): string {
  if (!known.body) return known.organization.name
  const owner = known.organization.name
  return /^the\b/i.test(owner) ? `${known.body.name} of ${owner}` : `${known.body.name} of the ${owner}`
}

/**
 * The body of an organization whose officials include a post (`Secretary General` → the secretariat).
 *
 * @param organization
 *   The organization.
 * @param post
 *   The post's function.
 * @returns
 *   The body, or `undefined`.
 */
export function bodyOfOfficial(organization: Readonly<OrganizationFact>, post: string): Readonly<BodyFact> | undefined {
  const first = bodiesOf(organization).officials.get(fold(post))
  return first === undefined ? undefined : organization.bodies![first]
}

/** Lookups of one organization's bodies by folded name: each gives the first body (index) that matches. */
interface BodyIndex {
  /** A body's name, alias or acronym alone. */
  bare: Map<string, number>
  /** The same with the organization's name: `<alias> of (the) <owner>`, `<owner> <alias>`. */
  composed: Map<string, number>
  /** A post among the body's officials. */
  officials: Map<string, number>
}

/** Lookups over all the organizations of a knowledge object, by folded name. */
interface KnowledgeIndex {
  /** Any name of an organization → the first organization that has it. */
  organizations: Map<string, Readonly<OrganizationFact>>
  /** A body named with its organization → the first such organization and body. */
  bodies: Map<string, KnownOrganization>
}

const bodyIndexes = new WeakMap<Readonly<OrganizationFact>, BodyIndex>()
const knowledgeIndexes = new WeakMap<Readonly<Knowledge>, KnowledgeIndex>()

/**
 * Set a key of a map unless it is set: the first value given wins, as a search in order would find it.
 *
 * @param map
 *   The map.
 * @param name
 *   Key (folded).
 * @param value
 *   Value.
 */
function setFirst<Value>(map: Map<string, Value>, name: string, value: Value): void {
  if (!map.has(name)) map.set(name, value)
}

/**
 * The body lookups of an organization, built once per organization object.
 *
 * @param organization
 *   The organization.
 * @returns
 *   Its index.
 */
function bodiesOf(organization: Readonly<OrganizationFact>): BodyIndex {
  let index = bodyIndexes.get(organization)
  if (index) return index
  index = {bare: new Map(), composed: new Map(), officials: new Map()}
  const owners = namesOf(organization)
  for (const [position, body] of (organization.bodies ?? []).entries()) {
    const aliases = [body.name, ...body.aliases]
    if (body.acronym) aliases.push(body.acronym)
    for (const alias of aliases) {
      setFirst(index.bare, fold(alias), position)
      for (const owner of owners) {
        for (const form of [`${alias} of the ${owner}`, `${alias} of ${owner}`, `${owner} ${alias}`]) setFirst(index.composed, fold(form), position)
      }
    }
    for (const official of body.officials ?? []) setFirst(index.officials, fold(official), position)
  }
  bodyIndexes.set(organization, index)
  return index
}

/**
 * The lookups over every organization of a knowledge object, built once per object.
 *
 * @param knowledge
 *   The knowledge.
 * @returns
 *   Its index.
 */
function indexOf(knowledge: Readonly<Knowledge>): KnowledgeIndex {
  let index = knowledgeIndexes.get(knowledge)
  if (index) return index
  index = {organizations: new Map(), bodies: new Map()}
  for (const organization of knowledge.organizations) {
    for (const name of namesOf(organization)) setFirst(index.organizations, fold(name), organization)
    for (const [name, position] of bodiesOf(organization).composed) setFirst(index.bodies, name, {organization, body: organization.bodies![position]})
  }
  knowledgeIndexes.set(knowledge, index)
  return index
}
