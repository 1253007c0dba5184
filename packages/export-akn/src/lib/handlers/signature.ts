import type {Signature} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a signature block as `<container name="signature"><p><signature>…</signature></p></container>`;
 * the signatory's name and title stay marked as `person` and `role` when the tree marks them.
 *
 * @param node
 *   Signature.
 * @param state
 *   Info passed around.
 * @returns
 *   The `container` element.
 */
export function signature(node: Readonly<Signature>, state: State): XmlNode[] {
  const content = within(state, {block: node}, () => state.all(node))
  return [state.element('container', {name: 'signature'}, [state.element('p', {}, [state.element('signature', {}, content)])])]
}
