import type {Closing} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a closing as `<p>`.
 *
 * @param node
 *   Closing.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function closing(node: Readonly<Closing>, state: State): string {
  return `<p class="b-closing">${state.all(node)}</p>`
}
