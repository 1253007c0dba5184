import type {Venue} from '@communique/doctree'
import type {State} from '../types.js'

/**
 * Render a speech's place-and-date line as `<p>`.
 *
 * @param node
 *   Venue.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function venue(node: Readonly<Venue>, state: State): string {
  return `<p class="b-venue">${state.all(node)}</p>`
}
