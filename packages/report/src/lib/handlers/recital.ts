import type {Recital} from '@communique/doctree'
import {attribute} from '../escape.js'
import type {State} from '../types.js'

/**
 * Render a preambular recital as `<p>`, its opener in `data-opener`.
 *
 * @param node
 *   Recital.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function recital(node: Readonly<Recital>, state: State): string {
  return `<p class="b-recital"${attribute('data-opener', node.opener)}>${state.all(node)}</p>`
}
