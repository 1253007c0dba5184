import type {Standfirst} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a standfirst (summary under a headline) as `<p class="standfirst">`.
 *
 * @param node
 *   Standfirst.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function standfirst(node: Readonly<Standfirst>, state: State): XmlNode[] {
  return [state.element('p', {class: 'standfirst'}, within(state, {block: node}, () => state.all(node)))]
}
