import {slug, type BodyFact, type Knowledge, type OrganizationFact} from '@communique/knowledge'
import {key} from './util.js'

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
  const wanted = key(name)
  if (wanted === '') return undefined
  return knowledge.organizations.find((organization) => namesOf(organization).some((candidate) => key(candidate) === wanted))
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
  const wanted = key(name)
  const owners = namesOf(organization)
  for (const body of organization.bodies ?? []) {
    const aliases = [body.name, ...body.aliases]
    if (body.acronym) aliases.push(body.acronym)
    for (const alias of aliases) {
      if (bare && key(alias) === wanted) return body
      for (const owner of owners) {
        for (const form of [`${alias} of the ${owner}`, `${alias} of ${owner}`, `${owner} ${alias}`]) {
          if (key(form) === wanted) return body
        }
      }
    }
  }
  return undefined
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

  for (const candidate of knowledge.organizations) {
    const body = bodyNamed(candidate, mention.name, false)
    if (body) return {organization: candidate, body}
  }

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
  const wanted = key(post)
  return (organization.bodies ?? []).find((body) => (body.officials ?? []).some((official) => key(official) === wanted))
}
