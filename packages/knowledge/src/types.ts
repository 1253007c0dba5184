/** A fact's source: where it was read (a URL, a repository file at a commit, a document). */
export type Source = string

/** A former name of an organization, with the date it stopped being used. */
export interface FormerName {
  name: string
  acronym?: string
  until: string | null
  source: Source
}

/** A body of an organization (a council, a secretariat). */
export interface BodyFact {
  id: string
  name: string
  acronym?: string
  aliases: string[]
  /** Titles of the body's officials (`Secretary General`): officials of such a body take part as its staff. */
  officials?: string[]
  /** Whether the body is named as an organization of its own (`SCO Regional Anti-Terrorist Structure`). */
  separate?: boolean
  akn?: {actor: string}
  source: Source
}

/** A state's standing in an organization from a date. */
export interface MembershipFact {
  country: string
  status: 'member' | 'observer' | 'partner' | 'guest'
  since: string
  until?: string | null
  source: Source
}

/** An intergovernmental organization. */
export interface OrganizationFact {
  id: string
  name: string
  acronym: string | null
  alternateNames: string[]
  formerNames: FormerName[]
  founded?: {date: string; by?: string; source: Source}
  wikidata: string | null
  akn?: {jurisdiction: string; actor: string; source: Source}
  bodies?: BodyFact[]
  members?: MembershipFact[]
  source?: Source
}

/** Additions to the country data set for one country. */
export interface CountryFact {
  code: string
  names: string[]
  adjectives: string[]
  wikidata: string | null
  source: Source
}

/** A person's Wikidata id. */
export interface PersonFact {
  name: string
  wikidata: string
  country?: string
  confidence?: 'medium'
  source: Source
}

/** A news agency known by its tags. */
export interface AgencyFact {
  tags: string[]
  name: string
  source: Source
}

/** Everything the knowledge files say. */
export interface Knowledge {
  /** Whether the knowledge files were read (false: the toolkit runs from the text alone). */
  enabled: boolean
  organizations: OrganizationFact[]
  countries: CountryFact[]
  people: PersonFact[]
  agencies: AgencyFact[]
}
