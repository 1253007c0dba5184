import type {Quote} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a quotation as `<inline name="quote">`. The quotation marks stay in the surrounding text, as in
 * the tree. (`quotedText` is not an inline of AKN 3.0 outside `mod`, and `embeddedText` is meant for
 * extracts of documents.)
 *
 * @param node
 *   Quote.
 * @param state
 *   Info passed around.
 * @returns
 *   The `inline` element.
 */
export function quote(node: Readonly<Quote>, state: State): XmlNode[] {
  return [state.element('inline', {name: 'quote'}, state.all(node))]
}
