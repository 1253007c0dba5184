import type {
  CitationEntity,
  Corpus,
  CountryEntity,
  DocumentEntity,
  MeetingEntity,
  OrganizationEntity,
  PersonEntity,
  PlaceEntity,
  PostEntity,
  QuotationEntity
} from '@communique/resolver'
import type {
  CountryLeaf,
  CreativeWorkLeaf,
  EventLeaf,
  GovernmentOrganizationLeaf,
  IdReference,
  NewsArticleLeaf,
  OrganizationLeaf,
  OrganizationRoleLeaf,
  PersonLeaf,
  PlaceLeaf,
  QuotationLeaf
} from 'schema-dts'

/**
 * Registry of the entity kinds the exporter knows, each mapped to its corpus entity.
 *
 * `post` is not a field of `Corpus`: posts are exported inside the people that hold them.
 */
export interface EntityMap {
  citation: CitationEntity
  country: CountryEntity
  document: DocumentEntity
  meeting: MeetingEntity
  organization: OrganizationEntity
  person: PersonEntity
  place: PlaceEntity
  post: PostEntity
  quotation: QuotationEntity
}

/** A kind of entity (`person`, `meeting`…). */
export type EntityKind = keyof EntityMap

/**
 * A post as an `OrganizationRole` in the middle of `Person → memberOf → Role → memberOf → Organization`.
 *
 * schema-dts's generic `OrganizationRole<TContent, TProperty>` types the role pattern: the role
 * carries the property it stands in for (`memberOf`) with the value of the far end.
 */
export type PostNode = OrganizationRoleLeaf<IdReference, 'memberOf'>

/** What each handler yields for its kind (`undefined`: nothing to export). */
export interface ResultMap {
  citation: CreativeWorkLeaf
  country: CountryLeaf
  document: CreativeWorkLeaf | NewsArticleLeaf
  meeting: EventLeaf
  organization: GovernmentOrganizationLeaf | OrganizationLeaf
  person: PersonLeaf
  place: PlaceLeaf
  /** A post that serves neither an organization nor a state has nothing to be a member of. */
  post: PostNode | undefined
  quotation: QuotationLeaf
}

/**
 * Export one entity.
 *
 * @param entity
 *   The corpus entity.
 * @param state
 *   Info passed around.
 * @returns
 *   Its node (or `undefined` when there is nothing to export).
 */
export type Handle<Kind extends EntityKind> = (entity: Readonly<EntityMap[Kind]>, state: State) => ResultMap[Kind]

/** One handler per entity kind. */
export type Handlers = {readonly [Kind in EntityKind]: Handle<Kind>}

/** A node the exporter had to add itself: a country the corpus lacks, or a publisher. */
export type MintedNode =
  | {kind: 'country'; node: CountryLeaf & {'@id': string}}
  | {
      kind: 'organization'
      node: OrganizationLeaf & {'@id': string}
      /** Every name asked for under this IRI (publishers whose names give the same slug). */
      names: Set<string>
    }

/** Info passed around while exporting one corpus. */
export interface State {
  /** The corpus being exported. */
  corpus: Readonly<Corpus>
  /** Base IRI of the corpus (absolute, ends with `/`). */
  base: string
  /** Input documents by stem. */
  documentsByStem: ReadonlyMap<string, DocumentEntity>
  /** Input documents by file name. */
  documentsByFile: ReadonlyMap<string, DocumentEntity>
  /** Countries by upper-case ISO 3166-1 alpha-2 code. */
  countriesByCode: ReadonlyMap<string, CountryEntity>
  /** IRIs of the countries of the corpus. */
  countryIds: ReadonlySet<string>
  /** Organizations by IRI. */
  organizationsById: ReadonlyMap<string, OrganizationEntity>
  /** IRIs of every top-level entity of the corpus, with their kind. */
  entityIds: ReadonlyMap<string, EntityKind>
  /** Nodes added by the exporter, by IRI. */
  minted: Map<string, MintedNode>
  /**
   * Export one entity (dispatches on `kind`).
   *
   * @param kind
   *   Kind of entity.
   * @param entity
   *   The entity.
   * @returns
   *   Its node.
   */
  one<Kind extends EntityKind>(kind: Kind, entity: Readonly<EntityMap[Kind]>): ResultMap[Kind]
  /**
   * Export entities of one kind, in `@id` order, leaving out those that give nothing.
   *
   * @param kind
   *   Kind of entity.
   * @param entities
   *   The entities.
   * @returns
   *   Their nodes.
   */
  all<Kind extends EntityKind>(kind: Kind, entities: ReadonlyArray<Readonly<EntityMap[Kind]>>): Array<NonNullable<ResultMap[Kind]>>
}
