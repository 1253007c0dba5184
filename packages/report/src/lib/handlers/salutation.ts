import type {Salutation} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a speech's salutation as `<p>`.
 *
 * @param node
 *   Salutation.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function salutation(node: Readonly<Salutation>, state: State): string {
  return `<p class="b-salutation">${state.all(node)}</p>`
}
