import type {Stamp} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a scraper's date marker as `<p class="stamp">` with its text as written.
 *
 * @param node
 *   Stamp.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function stamp(node: Readonly<Stamp>, state: State): XmlNode[] {
  return [state.element('p', {class: 'stamp'}, [state.text(node.value)])]
}
