import type {Preamble} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a statement's preamble (its recitals and formula) as `<div>`.
 *
 * @param node
 *   Preamble.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function preamble(node: Readonly<Preamble>, state: State): string {
  return `<div class="b-preamble">${state.all(node)}</div>`
}
