import type {Paragraph} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a paragraph as `<p>`.
 *
 * @param node
 *   Paragraph.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function paragraph(node: Readonly<Paragraph>, state: State): XmlNode[] {
  return [state.element('p', {}, within(state, {block: node}, () => state.all(node)))]
}
