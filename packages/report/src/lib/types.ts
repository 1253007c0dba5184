import type {Document, Nodes, NodeType} from '@communique/doctree'
import type {
  CitationEntity,
  Corpus,
  CountryEntity,
  MeetingEntity,
  OrganizationEntity,
  PersonEntity,
  PlaceEntity
} from '@communique/resolver'
import type {Ids} from './ids.js'

/** One document of the run, with its tree (the shape `@communique/resolver` takes as input). */
export interface ReportDocument {
  /** The file's stem (`002_587fe20fba9a8e01`), unique in the run; documents are shown in stem order. */
  stem: string
  /** The input file name, without folders (`002_587fe20fba9a8e01.txt`); participants' `sources` name it. */
  file: string
  /** The document tree (`@communique/doctree`). */
  tree: Document
}

/** What `toHtml` renders. */
export interface ReportInput {
  /** The resolved corpus of the run (`resolve(documents)` from `@communique/resolver`). */
  corpus: Corpus
  /** The documents of the run, with their trees (any order: they are shown in stem order). */
  documents: ReadonlyArray<Readonly<ReportDocument>>
  /** Title of the page (optional, default: `'Communiqué report'`). */
  title?: string | null | undefined
}

/** Entities of the corpus, by key, and the documents of the run. */
export interface Lookup {
  people: ReadonlyMap<string, PersonEntity>
  organizations: ReadonlyMap<string, OrganizationEntity>
  countries: ReadonlyMap<string, CountryEntity>
  countriesByCode: ReadonlyMap<string, CountryEntity>
  places: ReadonlyMap<string, PlaceEntity>
  meetings: ReadonlyMap<string, MeetingEntity>
  /** Citations by the stem of a document that makes them. */
  citationsByStem: ReadonlyMap<string, CitationEntity[]>
  /** The documents of the run, in stem order. */
  documents: ReadonlyArray<Readonly<ReportDocument>>
  documentsByStem: ReadonlyMap<string, Readonly<ReportDocument>>
  documentsByFile: ReadonlyMap<string, Readonly<ReportDocument>>
}

/** Info passed around while rendering. */
export interface State {
  corpus: Readonly<Corpus>
  lookup: Lookup
  ids: Ids
  /** The document being rendered. */
  document: Readonly<ReportDocument>
  /** How many links are open around the node being rendered (links do not nest in HTML). */
  links: number
  /** Render one node with the handler of its type. */
  one(node: Readonly<Nodes>): string
  /** Render the children of a node, in order. */
  all(parent: Readonly<{children: ReadonlyArray<Readonly<Nodes>>}>): string
}

/** Render one node of a type as HTML. */
export type Handler<Type extends NodeType = NodeType> = (
  node: Readonly<Extract<Nodes, {type: Type}>>,
  state: State
) => string

/** One handler per node type. */
export type Handlers = {readonly [Type in NodeType]: Handler<Type>}
