import type {Paragraph} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a paragraph as `<p>`.
 *
 * @param node
 *   Paragraph.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function paragraph(node: Readonly<Paragraph>, state: State): string {
  return `<p class="b-paragraph">${state.all(node)}</p>`
}
