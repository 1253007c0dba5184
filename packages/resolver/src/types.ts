import type {Document, Kind, MeetingRecord, PersonRecord} from '@communique/doctree'
import type {Knowledge} from '@communique/knowledge'

/** One document of the run, with its tree or the summary of it that resolution needs. */
export interface InputDocument {
  /** The file's stem (`002_587fe20fba9a8e01`), unique in the run. */
  stem: string
  /** The input file name as the user gave it, without folders (`002_587fe20fba9a8e01.txt`). */
  file: string
  /** The document tree, or its `summarize`d form (the same corpus either way). */
  tree: Document | DocumentSummary
}

/**
 * What resolution needs of one document, without the tree: plain data (JSON- and
 * structured-clone-safe), small (no positions, no child nodes, no text but the quotations').
 * Made by `summarize`; keep it instead of the tree to resolve a large run in little memory.
 */
export interface DocumentSummary {
  type: 'summary'
  kind: Kind
  date: string | null
  title: string | null
  dateline: string | null
  publisher: string | null
  /** The tree's people, as they are. */
  people: PersonRecord[]
  /** The tree's meeting, as it is. */
  meeting: MeetingRecord | null
  /** The organizations, countries, places and posts (serving a state or an organization) the document names, in document order, each distinct mention once. */
  mentions: MentionSummary[]
  /** Its quotations attributed to a speaker, in document order. */
  quotations: QuotationSummary[]
  /** The documents it cites, in document order. */
  citations: CitationSummary[]
}

/** An organization, country, place or post as a document names it (fields as in the tree). */
export type MentionSummary =
  | {type: 'organization'; name: string; acronym: string | null; parent: string | null}
  | {type: 'country'; code: string}
  | {type: 'place'; name: string; country: string | null}
  | {type: 'role'; country: string | null; organization: string | null}

/** A quotation attributed to a speaker. */
export interface QuotationSummary {
  /** The document-local entity key of the speaker (`p1`). */
  speaker: string
  /** The quoted text, trimmed. */
  text: string
}

/** A cited document. */
export interface CitationSummary {
  title: string
  date: string | null
}

/** Configuration of `resolve`. */
export interface ResolveOptions {
  /** Base IRI of every `@id` (optional, default: `https://example.org/communique/id/`); must end with `/`. */
  base?: string | null | undefined
  /** Knowledge files (optional, default: the shipped ones; `emptyKnowledge` to work from the text alone). */
  knowledge?: Readonly<Knowledge> | null | undefined
}

/** A post someone held, as the best source words it. */
export interface PostEntity {
  /** IRI of the post node (`…/role/<person>/<function>`). */
  id: string
  /** The post as written by the best source (`Minister of Foreign Affairs of the Republic of Azerbaijan`). */
  name: string
  /** The function (`Minister of Foreign Affairs`). */
  roleName: string
  /** ISO 3166-1 alpha-2 code of the state served, or null. */
  country: string | null
  /** IRI of the organization served, or null. */
  organization: string | null
  /** Stems of the documents that give this post. */
  sources: string[]
}

/** One human being, whatever the number of documents and spellings. */
export interface PersonEntity {
  id: string
  /** The fullest, best-attested spelling, diacritics kept. */
  name: string
  /** Every other spelling or form seen (transliterations, surname alone), case-only variants left out. */
  alternateNames: string[]
  honorific: string | null
  posts: PostEntity[]
  /** Wikidata entity IRI from the knowledge files, or null. */
  sameAs: string | null
  /** Stems of the documents that name this person. */
  documents: string[]
}

/** An organization or one of its bodies. */
export interface OrganizationEntity {
  id: string
  name: string
  acronym: string | null
  /** Other names seen or known (former names included). */
  alternateNames: string[]
  /** IRI of the organization this is a body of, or null. */
  parent: string | null
  /** Knowledge id (`ots`), or null for an organization known only from the text. */
  knowledgeId: string | null
  sameAs: string | null
  /** States' standing, from the knowledge files. */
  members: Array<{country: string; status: string; since: string; until: string | null; source: string}>
  documents: string[]
}

/** A country. */
export interface CountryEntity {
  id: string
  code: string
  name: string
  sameAs: string | null
  documents: string[]
}

/** A place that is not a country. */
export interface PlaceEntity {
  id: string
  name: string
  country: string | null
  documents: string[]
}

/** Someone who took part in a meeting. */
export interface ParticipantEntity {
  /** IRI of the attendance (Role) node. */
  id: string
  /** IRI of the person. */
  person: string
  chair: boolean
  /** The post under which they took part, as the best source gives it, or null. */
  role: string | null
  roleName: string | null
  country: string | null
  /** IRI of the organization they serve (officials of an organization), or null. */
  organization: string | null
  /** Their state's or office's standing in the meeting's organization, or null when unknown. */
  status: 'member' | 'observer' | 'secretariat' | 'guest' | 'partner' | null
  /** File names of the documents that state this person took part. */
  sources: string[]
}

/** One meeting, whatever the number of documents that report it. */
export interface MeetingEntity {
  id: string
  name: string
  /** Other names the documents use. */
  alternateNames: string[]
  startDate: string | null
  kind: 'extraordinary' | 'ordinary' | 'summit' | 'meeting'
  /** IRI of the organization that met, or null. */
  organization: string | null
  /** IRI of the body that met (the organizer), or null. */
  organizer: string | null
  mode: 'online' | 'in-person' | null
  /** IRI of the place, or null. */
  location: string | null
  participants: ParticipantEntity[]
  /** Stems of the documents that report it. */
  reportedBy: string[]
  /** Stems of the official records among them (statements, speeches). */
  recordedIn: string[]
}

/** A direct quotation. */
export interface QuotationEntity {
  id: string
  text: string
  /** IRI of the person who said it. */
  creator: string
  /** Stem of the document it appears in. */
  document: string
}

/** A cited document. */
export interface CitationEntity {
  id: string
  title: string
  date: string | null
  /** Stem of a document of the run it matches, or null. */
  matches: string | null
  documents: string[]
}

/** An input document, as an entity of the graph. */
export interface DocumentEntity {
  id: string
  stem: string
  file: string
  kind: Kind
  date: string | null
  title: string | null
  dateline: string | null
  publisher: string | null
  /** IRIs of the people, organizations, countries and places it names. */
  mentions: string[]
  /** IRIs of the documents it cites. */
  citations: string[]
  /** IRI of the meeting it reports, or null. */
  meeting: string | null
}

/** Everything the run knows, resolved across documents: what the exporters write. */
export interface Corpus {
  base: string
  documents: DocumentEntity[]
  people: PersonEntity[]
  organizations: OrganizationEntity[]
  countries: CountryEntity[]
  places: PlaceEntity[]
  meetings: MeetingEntity[]
  quotations: QuotationEntity[]
  citations: CitationEntity[]
  /** For each document stem: its local person keys (`p1`) → person IRIs. */
  personIndex: Record<string, Record<string, string>>
  /** For each document stem: organization names as the tree gives them → organization IRIs. */
  organizationIndex: Record<string, Record<string, string>>
}
