import type {Recital} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a recital as `<recital><p>…</p></recital>`; its opener (`Reaffirming`) stays plain text, as AKN
 * has no element for it.
 *
 * @param node
 *   Recital.
 * @param state
 *   Info passed around.
 * @returns
 *   The `recital` element.
 */
export function recital(node: Readonly<Recital>, state: State): XmlNode[] {
  return [state.element('recital', {}, [state.element('p', {}, within(state, {block: node}, () => state.all(node)))])]
}
