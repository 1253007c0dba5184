import type {PlaceMention} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a place mention as `<location refersTo="#place">`.
 *
 * @param node
 *   Place mention.
 * @param state
 *   Info passed around.
 * @returns
 *   The `location` element.
 */
export function place(node: Readonly<PlaceMention>, state: State): XmlNode[] {
  return [state.element('location', {refersTo: `#${state.references.place(node)}`}, state.all(node))]
}
