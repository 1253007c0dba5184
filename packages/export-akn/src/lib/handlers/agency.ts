import type {Agency} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a news agency tag as `<inline name="agency">`.
 *
 * @param node
 *   Agency.
 * @param state
 *   Info passed around.
 * @returns
 *   The `inline` element.
 */
export function agency(node: Readonly<Agency>, state: State): XmlNode[] {
  return [state.element('inline', {name: 'agency'}, state.all(node))]
}
