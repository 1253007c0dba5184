import type {Text} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a text node as XML text (characters XML 1.0 forbids are removed; `<`, `&` and `>` are escaped
 * when serialised).
 *
 * @param node
 *   Text node.
 * @param state
 *   Info passed around.
 * @returns
 *   The text.
 */
export function text(node: Readonly<Text>, state: State): XmlNode[] {
  return [state.text(node.value)]
}
