import type {Operative} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export an operative part as its clauses (`<paragraph>` elements); the document layout puts them in
 * `<mainBody>`.
 *
 * @param node
 *   Operative part.
 * @param state
 *   Info passed around.
 * @returns
 *   The `paragraph` elements.
 */
export function operative(node: Readonly<Operative>, state: State): XmlNode[] {
  return state.all(node)
}
