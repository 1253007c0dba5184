import type {Boilerplate} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export boilerplate (time marks, end marks, captions…) as `<p class="boilerplate {reason}">`: the words
 * are kept, marked as text of the page rather than of the document.
 *
 * @param node
 *   Boilerplate.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function boilerplate(node: Readonly<Boilerplate>, state: State): XmlNode[] {
  return [state.element('p', {class: `boilerplate ${node.reason}`}, within(state, {block: node}, () => state.all(node)))]
}
