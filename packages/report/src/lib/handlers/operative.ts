import type {Operative} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a statement's operative part (its clauses) as `<div>`.
 *
 * @param node
 *   Operative.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function operative(node: Readonly<Operative>, state: State): string {
  return `<div class="b-operative">${state.all(node)}</div>`
}
