import type {Nodes, Parents} from '@communique/doctree'
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
import type {Handler, Handlers, State, XmlNode} from './types.js'

const own = {}.hasOwnProperty

/** One handler per node type of the document tree. */
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
 * Export one node with the handler of its type.
 *
 * @param node
 *   Node.
 * @param state
 *   Info passed around.
 * @returns
 *   Its XML nodes.
 * @throws {Error}
 *   When there is no handler for the node's type: “Cannot export unknown node `x`”.
 */
export function one(node: Readonly<Nodes>, state: State): XmlNode[] {
  const type = (node as {type?: unknown}).type
  if (typeof type !== 'string' || !own.call(state.handlers, type)) {
    throw new Error(`Cannot export unknown node \`${String(type)}\``)
  }

  const handle = state.handlers[type as Nodes['type']] as Handler
  return handle(node, state)
}

/**
 * Export the children of a node, in order.
 *
 * @param parent
 *   Node with children.
 * @param state
 *   Info passed around.
 * @returns
 *   Their XML nodes.
 */
export function all(parent: Readonly<Parents>, state: State): XmlNode[] {
  const result: XmlNode[] = []
  for (const child of parent.children as ReadonlyArray<Readonly<Nodes>>) {
    const nodes = one(child, state)
    // Most handlers return one node: no spread (and no arguments array) for them.
    if (nodes.length === 1) result.push(nodes[0] as XmlNode)
    else for (const node of nodes) result.push(node)
  }
  return result
}
