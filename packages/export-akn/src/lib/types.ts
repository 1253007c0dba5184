import type {Document as Tree, Nodes, NodeType, Parents} from '@communique/doctree'
import type {Knowledge} from '@communique/knowledge'
import type {Document as XmlDocument, Element, Text} from '@xmldom/xmldom'
import type {Identity} from './identity.js'
import type {References} from './references.js'

/** A person as the resolver knows them: their IRI and canonical name. */
export interface AknPerson {
  /** The person's IRI (`https://example.org/communique/id/person/jane-doe`); its last segment names the AKN ontology IRI. */
  id: string
  /** The canonical name, diacritics kept (`showAs` of the `TLCPerson`). */
  name: string
}

/** An organization as the resolver knows it: its IRI and canonical name. */
export interface AknOrganization {
  /** The organization's IRI; its last segment names the AKN ontology IRI of an organization the knowledge files do not know. */
  id: string
  /** The canonical name (`showAs` of the `TLCOrganization`). */
  name: string
}

/** Configuration of `toAkn`. */
export interface AknOptions {
  /** The document's stem (`002_587fe20fba9a8e01`): kept as `FRBRalias name="stem"` and named in errors (required). */
  stem: string
  /**
   * The people of the document as resolved across the run: local entity key (`p1`) → person IRI and canonical
   * name (optional, default: the tree's own `people` records, with names as the text writes them).
   */
  people?: Readonly<Record<string, Readonly<AknPerson>>> | null | undefined
  /**
   * Organizations the knowledge files do not know, as resolved across the run: organization name as the tree
   * gives it → IRI and canonical name (optional, default: the name as the tree gives it). Organizations the
   * knowledge files know always take their names and codes from there.
   */
  organizations?: Readonly<Record<string, Readonly<AknOrganization>>> | null | undefined
  /** Knowledge files: organizations, bodies and their AKN codes (optional, default: `loadKnowledge()`). */
  knowledge?: Readonly<Knowledge> | null | undefined
  /** The IRI's jurisdiction (`FRBRcountry`), e.g. `xx-ots` (optional, default: derived, see the README). */
  jurisdiction?: string | null | undefined
  /** The IRI's actor, e.g. `ots-cfm` (optional, default: derived, see the README). */
  actor?: string | null | undefined
  /** Date of the markup, `YYYY-MM-DD`: the manifestation's `FRBRdate name="markup"` (optional, default: today, UTC). */
  markupDate?: string | null | undefined
  /** ISO 639-2 alpha-3 language code of the text (optional, default: `'eng'`). */
  language?: string | null | undefined
  /**
   * Called with a message for every repair made to the text, such as characters that XML 1.0 forbids being
   * removed (optional, default: repairs are silent).
   */
  onWarning?: ((message: string) => undefined | void) | null | undefined
}

/** A validation message, with its place in the XML text. */
export interface AknMessage {
  /** 1-based line in the XML text. */
  line: number
  /** 1-based column in the XML text (1 when libxml2 does not give one). */
  column: number
  /** The message, as libxml2 words it (no trailing line break). */
  message: string
}

/** Configuration of `validateAkn`. */
export interface ValidateAknOptions {
  /** Path or `file:` URL of `akomantoso30.xsd`, next to its `xml.xsd` (optional, default: the copy shipped in `schema/`). */
  schema?: string | URL | null | undefined
}

/** Options after validation. */
export interface Settings {
  stem: string
  people: ReadonlyMap<string, Readonly<AknPerson>>
  organizations: ReadonlyMap<string, Readonly<AknOrganization>>
  knowledge: Readonly<Knowledge>
  jurisdiction: string | undefined
  actor: string | undefined
  markupDate: string
  language: string
  onWarning: ((message: string) => undefined | void) | undefined
}

/** A node of the XML output. */
export type XmlNode = Element | Text

/** Attributes of an element to create; `undefined` and `null` values are left out. */
export type Attributes = Readonly<Record<string, string | null | undefined>>

/** Where the exporter is, for the handlers that depend on it. */
export interface Context {
  /** The block being exported: its role mentions say what post a person holds there. */
  block: Readonly<Parents> | undefined
  /** Inside the title (`docTitle`). */
  inTitle: boolean
  /** Inside a speech's venue line (dates become `docDate`). */
  inVenue: boolean
}

/** Info passed around: the settings, the output document, the references found so far. */
export interface State {
  readonly options: Settings
  readonly tree: Readonly<Tree>
  readonly xml: XmlDocument
  readonly references: References
  readonly handlers: Handlers
  readonly identity: Identity
  context: Context
  /** eId of the `TLCOrganization` the title names as the document's proponent, until it is marked once. */
  proponent: string | undefined
  /** Export one node with its handler. */
  one(node: Readonly<Nodes>): XmlNode[]
  /** Export the children of a node, in order. */
  all(parent: Readonly<Parents>): XmlNode[]
  /** Create an element in the AKN namespace. */
  element(name: string, attributes?: Attributes, children?: ReadonlyArray<XmlNode>): Element
  /** Create a text node (characters XML forbids are removed). */
  text(value: string): Text
}

/** Export one node of a type. */
export type Handler<Node extends Nodes = Nodes> = (node: Readonly<Node>, state: State) => XmlNode[]

/** One handler per node type. */
export type Handlers = {readonly [Type in NodeType]: Handler<Extract<Nodes, {type: Type}>>}
