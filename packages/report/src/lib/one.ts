import type {Nodes} from '@communique/doctree'
import {agency} from './handlers/agency.js'
import {boilerplate} from './handlers/boilerplate.js'
import {citation} from './handlers/citation.js'
import {clause} from './handlers/clause.js'
import {closing} from './handlers/closing.js'
import {country} from './handlers/country.js'
import {date} from './handlers/date.js'
import {dateline} from './handlers/dateline.js'
import {document} from './handlers/document.js'
import {formula} from './handlers/formula.js'
import {heading} from './handlers/heading.js'
import {honorific} from './handlers/honorific.js'
import {label} from './handlers/label.js'
import {operative} from './handlers/operative.js'
import {organization} from './handlers/organization.js'
import {paragraph} from './handlers/paragraph.js'
import {person} from './handlers/person.js'
import {place} from './handlers/place.js'
import {point} from './handlers/point.js'
import {preamble} from './handlers/preamble.js'
import {quote} from './handlers/quote.js'
import {recital} from './handlers/recital.js'
import {role} from './handlers/role.js'
import {salutation} from './handlers/salutation.js'
import {signature} from './handlers/signature.js'
import {stamp} from './handlers/stamp.js'
import {standfirst} from './handlers/standfirst.js'
import {text} from './handlers/text.js'
import {venue} from './handlers/venue.js'
import type {Handlers, State} from './types.js'

const own = {}.hasOwnProperty

/** One render handler per node type of the document tree. */
export const handlers: Handlers = Object.freeze({
  agency,
  boilerplate,
  citation,
  clause,
  closing,
  country,
  date,
  dateline,
  document,
  formula,
  heading,
  honorific,
  label,
  operative,
  organization,
  paragraph,
  person,
  place,
  point,
  preamble,
  quote,
  recital,
  role,
  salutation,
  signature,
  stamp,
  standfirst,
  text,
  venue
})

/**
 * Render one node with the handler of its type.
 *
 * @param node
 *   Node.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 * @throws {Error}
 *   When no handler knows the node's type: “Cannot render unknown node `x`”.
 */
export function one(node: Readonly<Nodes>, state: State): string {
  const type = (node as {type?: unknown}).type
  if (typeof type !== 'string' || !own.call(handlers, type)) {
    throw new Error(`Cannot render unknown node \`${String(type)}\``)
  }

  const handle = handlers[type as Nodes['type']] as unknown as (node: Readonly<Nodes>, state: State) => string
  return handle(node, state)
}

/**
 * Render the children of a node, in order.
 *
 * @param parent
 *   Node with children.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function all(parent: Readonly<{children: ReadonlyArray<Readonly<Nodes>>}>, state: State): string {
  let result = ''
  for (const child of parent.children) result += one(child, state)
  return result
}
