import type {Honorific} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export an honorific (`H.E.`) as `<inline name="honorific">`, as the reference renderings do.
 *
 * @param node
 *   Honorific.
 * @param state
 *   Info passed around.
 * @returns
 *   The `inline` element.
 */
export function honorific(node: Readonly<Honorific>, state: State): XmlNode[] {
  return [state.element('inline', {name: 'honorific'}, [state.text(node.value)])]
}
