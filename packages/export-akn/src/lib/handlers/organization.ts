import type {OrganizationMention} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export an organization mention as `<organization refersTo="#org">`; in the title, the first mention of
 * the body that issues the document becomes `<docProponent refersTo="#org">`.
 *
 * @param node
 *   Organization mention.
 * @param state
 *   Info passed around.
 * @returns
 *   The element.
 */
export function organization(node: Readonly<OrganizationMention>, state: State): XmlNode[] {
  const eId = state.references.organization(node)
  let name = 'organization'
  if (state.context.inTitle && state.proponent === eId) {
    name = 'docProponent'
    state.proponent = undefined
  }
  return [state.element(name, {refersTo: `#${eId}`}, state.all(node))]
}
