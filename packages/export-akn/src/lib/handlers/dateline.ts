import type {Dateline} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a news dateline as `<inline name="dateline">` (news is not exported, but a dateline may be
 * quoted).
 *
 * @param node
 *   Dateline.
 * @param state
 *   Info passed around.
 * @returns
 *   The `inline` element.
 */
export function dateline(node: Readonly<Dateline>, state: State): XmlNode[] {
  return [state.element('inline', {name: 'dateline'}, state.all(node))]
}
