// Generated from schemas/document.schema.json by scripts/generate-types.js.
// Do not edit by hand: edit the schema, then run `npm run generate`.

/**
 * One place in the source file (unist Point): 1-indexed line and column, 0-indexed offset in UTF-16 code units into the original text, BOM and CRLF included.
 */
export interface Point {
  line: number
  column: number
  offset: number
}

/**
 * The location of a node in the source file (unist Position). Nodes that are generated, not read from the text, have no position.
 */
export interface Position {
  start: Point
  end: Point
}

/**
 * Information from the ecosystem (unist Data). Free-form, never used by Communiqué itself.
 */
export interface Data {
  [key: string]: unknown
}

/**
 * A calendar date: YYYY-MM-DD, YYYY-MM or YYYY where the text gives only a month or a year, or an ISO week YYYY-Www (`last week`).
 */
export type IsoDate = string

/**
 * A full calendar date, YYYY-MM-DD.
 */
export type FullDate = string

/**
 * What a document is: `statement` (statements, declarations, joint statements, communiqués, messages), `speech` (speeches, remarks, addresses) or `news` (reports by a news outlet).
 */
export type Kind = 'statement' | 'speech' | 'news'

/**
 * The root of the tree: one input document.
 */
export interface Document {
  type: 'document'
  kind: Kind
  /**
   * The document's own date (statement: adoption or issue; speech: delivery; news: the article's date), or null when the text does not give it.
   */
  date: FullDate | null
  /**
   * The document's title or headline as written (markup removed, line breaks joined with one space), or null.
   */
  title: string | null
  /**
   * A news item's place opener as written, without agency tag or date (`BAKU`, `BAKU, Azerbaijan`), or null.
   */
  dateline: string | null
  /**
   * The publishing outlet or issuing body named in the text (`Trend`, `Kazinform`, `Organization of Turkic States`), or null.
   */
  publisher: string | null
  /**
   * The people the document names, one entry per person (mentions share the entry's `entity` key).
   */
  people: PersonRecord[]
  /**
   * The meeting the document reports (held, chaired, attended, spoken at), with who took part, or null.
   */
  meeting: MeetingRecord | null
  children: FlowContent[]
  position?: Position
  data?: Data
}

/**
 * The blocks of a document, in reading order.
 */
export interface FlowContentMap {
  heading: Heading
  stamp: Stamp
  standfirst: Standfirst
  paragraph: Paragraph
  boilerplate: Boilerplate
  venue: Venue
  salutation: Salutation
  preamble: Preamble
  operative: Operative
  closing: Closing
  signature: Signature
}

/**
 * The blocks of a document, in reading order.
 */
export type FlowContent = FlowContentMap[keyof FlowContentMap]

/**
 * A heading: the document's title or headline (`role: 'title'`), or a sub-heading inside the body (`role: 'subheading'`).
 */
export interface Heading {
  type: 'heading'
  role: 'title' | 'subheading'
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A source's leading machine date marker (` date 2022-01-11`), as some scrapers write it. The rest of that line becomes its own block (a heading, a paragraph or boilerplate).
 */
export interface Stamp {
  type: 'stamp'
  date: FullDate
  value: string
  position?: Position
  data?: Data
}

/**
 * A news item's standfirst (the summary printed under the headline).
 */
export interface Standfirst {
  type: 'standfirst'
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A paragraph of running text: a news paragraph, a speech paragraph, a statement's narrative introduction.
 */
export interface Paragraph {
  type: 'paragraph'
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * Why a block is boilerplate: `caption` (photo caption), `credit` (photo credit), `duplicate` (a block printed twice), `related` (READ MORE links), `widget` (Loading..., page chrome), `editorial` (update notes), `time` (transcript time marks), `endMark` (###, END), `trailing` (stray trailing lines), `masthead` (a page's lines around the title: the issuer or outlet, a section label, a document symbol, a date line, a byline).
 */
export type BoilerplateReason = 'caption' | 'credit' | 'duplicate' | 'related' | 'widget' | 'editorial' | 'time' | 'endMark' | 'trailing' | 'masthead'

/**
 * Text that belongs to the page, not to the document: kept, so that no word is lost, but marked.
 */
export interface Boilerplate {
  type: 'boilerplate'
  reason: BoilerplateReason
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A speech's place-and-date line (`Istanbul, 11 January 2022`) or venue lines (`United Nations Headquarters / New York, New York`).
 */
export interface Venue {
  type: 'venue'
  place: string | null
  date: FullDate | null
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A speech's salutation (`Honorable Ministers,`, `Excellencies,`).
 */
export interface Salutation {
  type: 'salutation'
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A statement's preamble: its recitals and its enacting formula, in the order printed.
 */
export interface Preamble {
  type: 'preamble'
  children: Array<Recital | Formula>
  position?: Position
  data?: Data
}

/**
 * A preambular recital, opened by a participial phrase (`Reaffirming`, `Bearing in mind`, `Having considered`).
 */
export interface Recital {
  type: 'recital'
  /**
   * The opening phrase as printed.
   */
  opener: string
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * The enacting formula (`The Council … has:`, `declare the following:`, `Member States of … ;`).
 */
export interface Formula {
  type: 'formula'
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A statement's operative part: its top-level clauses.
 */
export interface Operative {
  type: 'operative'
  children: Clause[]
  position?: Position
  data?: Data
}

/**
 * One top-level operative clause. `num` is the number as printed (`1.`, `(a)`), null when the clause is bulleted or unnumbered.
 */
export interface Clause {
  type: 'clause'
  marker: 'number' | 'bullet' | 'none'
  num: string | null
  children: Array<Paragraph | ClausePoint>
  position?: Position
  data?: Data
}

/**
 * A sub-point of a clause (a nested list item).
 */
export interface ClausePoint {
  type: 'point'
  marker: 'number' | 'bullet' | 'none'
  num: string | null
  children: Array<Paragraph | ClausePoint>
  position?: Position
  data?: Data
}

/**
 * A closing: a statement's closing sentence after its operative part or its place of signature, a speech's closing words (`Thank you.`).
 */
export interface Closing {
  type: 'closing'
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A signature block: an optional label (`Witnessed by:`), the signatory's name, and the title printed under it.
 */
export interface Signature {
  type: 'signature'
  label: string | null
  name: string
  role: string | null
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * The inline content of a block: text and the marks laid on it.
 */
export interface PhrasingContentMap {
  text: Text
  quote: Quote
  date: DateMention
  dateline: Dateline
  agency: Agency
  label: Label
  honorific: Honorific
  person: PersonMention
  role: RoleMention
  country: CountryMention
  organization: OrganizationMention
  place: PlaceMention
  citation: Citation
}

/**
 * The inline content of a block: text and the marks laid on it.
 */
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]

/**
 * Text as written (markdown markup removed; soft line breaks kept as they are in the source).
 */
export interface Text {
  type: 'text'
  value: string
  position?: Position
  data?: Data
}

/**
 * A span inside quotation marks. `open` and `close` are the marks as printed; `close` is null when the span runs on into the next paragraph or the mark is never closed; `continued` is true when the span continues a quotation from the previous paragraph. `speaker` is the document-local entity key of the person it is attributed to, or null when that cannot be decided.
 */
export interface Quote {
  type: 'quote'
  open: string
  close: string | null
  continued: boolean
  speaker?: string | null
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A date in the text. `value` is its ISO form (`2022-01-11`; `2015-09` or `2004` where only a month or a year is given; an ISO week `2022-W01` for `last week`), resolved against the document's own date where the text is relative or gives no year (`on Tuesday`, `Jan. 11`), or null where it cannot be resolved. `precision` says how much of the value the text gives.
 */
export interface DateMention {
  type: 'date'
  value: IsoDate | null
  precision: 'day' | 'week' | 'month' | 'year'
  relative: boolean
  children: Text[]
  position?: Position
  data?: Data
}

/**
 * A news item's dateline: the place opener (`BAKU, Azerbaijan`), with its date and agency tag when printed with it.
 */
export interface Dateline {
  type: 'dateline'
  place: string
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A news agency tag or credit line naming the publisher (`KAZINFORM`, `(AA)`, `Trend:`, `Trend reports`).
 */
export interface Agency {
  type: 'agency'
  /**
   * The agency's name as normalised (`Kazinform`, `Trend`, `Anadolu Agency`).
   */
  name: string
  children: Text[]
  position?: Position
  data?: Data
}

/**
 * A transcript's speaker label (`THE PRESIDENT:`).
 */
export interface Label {
  type: 'label'
  value: string
  position?: Position
  data?: Data
}

/**
 * An honorific before a name (`H.E.`, `Mr.`, `Dr.`).
 */
export interface Honorific {
  type: 'honorific'
  value: string
  position?: Position
  data?: Data
}

/**
 * A mention of a person. `entity` is a document-local key shared by every mention of the same person in the document (`p1`); `name` is the name as written, without honorific.
 */
export interface PersonMention {
  type: 'person'
  entity: string
  name: string
  children: Text[]
  position?: Position
  data?: Data
}

/**
 * A post as written (`Minister of Foreign Affairs of the Republic of Azerbaijan`), split into its function and the country (ISO 3166-1 alpha-2) or organization it serves.
 */
export interface RoleMention {
  type: 'role'
  function: string
  country: string | null
  organization: string | null
  /**
   * The `entity` key of the person holding the post here, or null.
   */
  holder: string | null
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A country by name, official name, demonym, variant or capital-for-government (`Ankara's readiness`).
 */
export interface CountryMention {
  type: 'country'
  code: string
  form: 'name' | 'official' | 'demonym' | 'variant' | 'capital'
  children: Text[]
  position?: Position
  data?: Data
}

/**
 * An organization or one of its bodies. `name` is the canonical name when known, else the name as written.
 */
export interface OrganizationMention {
  type: 'organization'
  name: string
  acronym: string | null
  /**
   * The canonical name of the organization this is a body of, or null.
   */
  parent: string | null
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A place that is not a country (a city, a region).
 */
export interface PlaceMention {
  type: 'place'
  name: string
  country: string | null
  children: Text[]
  position?: Position
  data?: Data
}

/**
 * A cited document (`Nakhchivan Agreement … of 3 October 2009`, `the statement of 6 January 2022`).
 */
export interface Citation {
  type: 'citation'
  title: string
  date: IsoDate | null
  children: PhrasingContent[]
  position?: Position
  data?: Data
}

/**
 * A post as the document gives it: `post` as written (country wording included), `function` without the country or organization it serves, `country` (ISO 3166-1 alpha-2) and `organization` (canonical name).
 */
export interface RoleRecord {
  post: string
  function: string
  country: string | null
  organization: string | null
}

/**
 * A person named in the document: `name` is the fullest form the text uses, `variants` every other form it uses (surname only, other spellings), `roles` the posts it gives them.
 */
export interface PersonRecord {
  entity: string
  name: string
  variants: string[]
  honorific: string | null
  roles: RoleRecord[]
}

/**
 * Someone the text states took part in the meeting: `basis` says how (`chaired`, `attended`, `spoke`, `signed`, `delivered`), `role` is the post under which they took part.
 */
export interface ParticipantRecord {
  entity: string
  chair: boolean
  basis: 'chaired' | 'attended' | 'spoke' | 'signed' | 'delivered'
  role: RoleRecord | null
}

/**
 * A meeting as one document reports it. `name` is the phrase that names it; `organization` and `body` the organization and the body that met; `kind` what sort of meeting; `date` its date when the text gives it; `mode` online or in person when the text says.
 */
export interface MeetingRecord {
  name: string
  organization: string | null
  body: string | null
  kind: 'extraordinary' | 'ordinary' | 'summit' | 'meeting'
  date: FullDate | null
  mode: 'online' | 'in-person' | null
  place: string | null
  participants: ParticipantRecord[]
}

/** Every node type of the tree. */
export type Nodes =
  | Document
  | Heading
  | Stamp
  | Standfirst
  | Paragraph
  | Boilerplate
  | Venue
  | Salutation
  | Preamble
  | Recital
  | Formula
  | Operative
  | Clause
  | ClausePoint
  | Closing
  | Signature
  | Text
  | Quote
  | DateMention
  | Dateline
  | Agency
  | Label
  | Honorific
  | PersonMention
  | RoleMention
  | CountryMention
  | OrganizationMention
  | PlaceMention
  | Citation

/** The `type` of every node. */
export type NodeType = Nodes['type']

/** Nodes that have children. */
export type Parents = Extract<Nodes, {children: unknown[]}>

/** Nodes that have a string value and no children. */
export type Literals = Extract<Nodes, {value: string}>

/** The node types, as a runtime list (in schema order). */
export const nodeTypes = ['document', 'heading', 'stamp', 'standfirst', 'paragraph', 'boilerplate', 'venue', 'salutation', 'preamble', 'recital', 'formula', 'operative', 'clause', 'point', 'closing', 'signature', 'text', 'quote', 'date', 'dateline', 'agency', 'label', 'honorific', 'person', 'role', 'country', 'organization', 'place', 'citation'] as const
