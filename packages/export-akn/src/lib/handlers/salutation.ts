import type {Salutation} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a speech's salutation as `<p class="salutation">` (AKN has no salutation element).
 *
 * @param node
 *   Salutation.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function salutation(node: Readonly<Salutation>, state: State): XmlNode[] {
  return [state.element('p', {class: 'salutation'}, within(state, {block: node}, () => state.all(node)))]
}
