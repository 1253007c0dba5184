import type {RoleMention} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a post as `<role refersTo="#role">`.
 *
 * @param node
 *   Role mention.
 * @param state
 *   Info passed around.
 * @returns
 *   The `role` element.
 */
export function role(node: Readonly<RoleMention>, state: State): XmlNode[] {
  return [state.element('role', {refersTo: `#${state.references.role(node)}`}, state.all(node))]
}
