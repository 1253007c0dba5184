import type {Document} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render the root: its blocks, in order (the page wraps them with the document's metadata).
 *
 * @param node
 *   Document.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function document(node: Readonly<Document>, state: State): string {
  return state.all(node)
}
