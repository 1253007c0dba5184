import type {Closing} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a closing (a speech's closing words, a statement's closing sentence) as `<p class="closing">`; the
 * document layout puts a statement's closings in `conclusions/container[@name="closingStatement"]`.
 *
 * @param node
 *   Closing.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function closing(node: Readonly<Closing>, state: State): XmlNode[] {
  return [state.element('p', {class: 'closing'}, within(state, {block: node}, () => state.all(node)))]
}
