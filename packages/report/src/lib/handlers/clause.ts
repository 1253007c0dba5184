import type {Clause} from '@communique/doctree'
import type {State} from '../types.js'
import {numbered} from '../util.js'

/**
 * Render an operative clause: its number as printed (`1.`, a bullet when it has none), then its body.
 *
 * @param node
 *   Clause.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function clause(node: Readonly<Clause>, state: State): string {
  return numbered('b-clause', node.marker, node.num, state.all(node))
}
