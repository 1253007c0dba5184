import {citation} from './handlers/citation.js'
import {country} from './handlers/country.js'
import {document} from './handlers/document.js'
import {meeting} from './handlers/meeting.js'
import {organization} from './handlers/organization.js'
import {person} from './handlers/person.js'
import {place} from './handlers/place.js'
import {post} from './handlers/post.js'
import {quotation} from './handlers/quotation.js'
import type {EntityKind, EntityMap, Handlers, ResultMap, State} from './types.js'
import {compare} from './util.js'

const own = {}.hasOwnProperty

/** One handler per entity kind. */
export const handlers: Handlers = Object.freeze({citation, country, document, meeting, organization, person, place, post, quotation})

/**
 * Export one entity with the handler of its kind.
 *
 * @param kind
 *   Kind of entity (`person`, `meeting`…).
 * @param entity
 *   The entity.
 * @param state
 *   Info passed around.
 * @returns
 *   Its node (`undefined` when there is nothing to export).
 * @throws {Error}
 *   When there is no handler for `kind`: “Cannot export unknown entity `x`”.
 */
export function one<Kind extends EntityKind>(kind: Kind, entity: Readonly<EntityMap[Kind]>, state: State): ResultMap[Kind] {
  if (!own.call(handlers, kind)) {
    throw new Error(`Cannot export unknown entity \`${String(kind)}\``)
  }

  const handle = handlers[kind]
  return handle(entity, state)
}

/**
 * Export entities of one kind, in `@id` order (so the output does not depend on the order of the
 * corpus), leaving out those that give nothing.
 *
 * @param kind
 *   Kind of entity.
 * @param entities
 *   The entities.
 * @param state
 *   Info passed around.
 * @returns
 *   Their nodes.
 */
export function all<Kind extends EntityKind>(kind: Kind, entities: ReadonlyArray<Readonly<EntityMap[Kind]>>, state: State): Array<NonNullable<ResultMap[Kind]>> {
  const results: Array<NonNullable<ResultMap[Kind]>> = []
  for (const entity of [...entities].sort((a, b) => compare(a.id, b.id))) {
    const result = one(kind, entity, state)
    if (result !== undefined && result !== null) results.push(result)
  }

  return results
}
