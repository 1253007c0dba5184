import type {Standfirst} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a news item's standfirst as a lead `<p>`.
 *
 * @param node
 *   Standfirst.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function standfirst(node: Readonly<Standfirst>, state: State): string {
  return `<p class="b-standfirst">${state.all(node)}</p>`
}
