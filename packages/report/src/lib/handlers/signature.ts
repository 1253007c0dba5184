import type {Signature} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a signature block as `<div>` (its line breaks are kept by the style sheet).
 *
 * @param node
 *   Signature.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function signature(node: Readonly<Signature>, state: State): string {
  return `<div class="b-signature">${state.all(node)}</div>`
}
