import type {ClausePoint} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'
import {hierarchy} from './clause.js'

/**
 * Export a sub-point as `<point>` (same shape as a clause: `num?`, then `content` or a nested `list`).
 *
 * @param node
 *   Point.
 * @param state
 *   Info passed around.
 * @returns
 *   The `point` element.
 */
export function point(node: Readonly<ClausePoint>, state: State): XmlNode[] {
  return [hierarchy('point', node, state)]
}
