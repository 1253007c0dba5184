import type {Venue} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a speech's place-and-date line as `<p class="venue">`; a full date in it becomes the document's
 * `docDate`.
 *
 * @param node
 *   Venue.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function venue(node: Readonly<Venue>, state: State): XmlNode[] {
  return [state.element('p', {class: 'venue'}, within(state, {block: node, inVenue: true}, () => state.all(node)))]
}
