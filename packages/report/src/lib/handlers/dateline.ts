import type {Dateline} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a news item's dateline as `<span>`.
 *
 * @param node
 *   Dateline.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function dateline(node: Readonly<Dateline>, state: State): string {
  return `<span class="dateline">${state.all(node)}</span>`
}
