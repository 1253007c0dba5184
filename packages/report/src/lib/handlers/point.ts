import type {ClausePoint} from '@communique/doctree'
import type {State} from '../types.js'
import {numbered} from '../util.js'

/**
 * Render a sub-point of a clause: its number as printed (a bullet when it has none), then its body.
 *
 * @param node
 *   Point.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function point(node: Readonly<ClausePoint>, state: State): string {
  return numbered('b-point', node.marker, node.num, state.all(node))
}
