import type {Formula} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render an enacting formula as `<p>`.
 *
 * @param node
 *   Formula.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function formula(node: Readonly<Formula>, state: State): string {
  return `<p class="b-formula">${state.all(node)}</p>`
}
