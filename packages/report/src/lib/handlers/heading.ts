import type {Heading} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a heading as `<h4>`: the document's own title (`b-title`) or a sub-heading (`b-subheading`).
 *
 * @param node
 *   Heading.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function heading(node: Readonly<Heading>, state: State): string {
  return `<h4 class="${node.role === 'title' ? 'b-title' : 'b-subheading'}">${state.all(node)}</h4>`
}
