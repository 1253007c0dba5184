import type {Clause, ClausePoint} from '@communique/doctree'
import type {Element} from '@xmldom/xmldom'
import type {State, XmlNode} from '../types.js'

/**
 * Export a top-level operative clause as `<paragraph>`: `num` as printed (left out when the clause has
 * none), then `content` with its paragraphs, or, when it has sub-points, a `list` (see `hierarchy`).
 *
 * @param node
 *   Clause.
 * @param state
 *   Info passed around.
 * @returns
 *   The `paragraph` element.
 */
export function clause(node: Readonly<Clause>, state: State): XmlNode[] {
  return [hierarchy('paragraph', node, state)]
}

/**
 * Build a hierarchical element (`paragraph`, `point`). Without sub-points: `num?` then `content` with one
 * `p` per paragraph. With sub-points: `num?` then `list`, holding the paragraphs before the first point in
 * `intro`, the points, any paragraph between points in `hcontainer name="text"`, and the paragraphs after
 * the last point in `wrapUp`.
 *
 * @param name
 *   Element name.
 * @param node
 *   Clause or point.
 * @param state
 *   Info passed around.
 * @returns
 *   The element.
 */
export function hierarchy(name: string, node: Readonly<Clause | ClausePoint>, state: State): Element {
  const children: XmlNode[] = []
  if (node.num !== null && node.num.trim() !== '') children.push(state.element('num', {}, [state.text(node.num)]))
  const first = node.children.findIndex((child) => child.type === 'point')

  if (first === -1) {
    const blocks = state.all(node)
    children.push(state.element('content', {}, blocks.length > 0 ? blocks : [state.element('p')]))
    return state.element(name, {}, children)
  }

  let last = first
  for (const [index, child] of node.children.entries()) if (child.type === 'point') last = index
  const list: XmlNode[] = []
  const intro = node.children.slice(0, first).flatMap((child) => state.one(child))
  if (intro.length > 0) list.push(state.element('intro', {}, intro))
  for (const child of node.children.slice(first, last + 1)) {
    list.push(...(child.type === 'point' ? state.one(child) : [state.element('hcontainer', {name: 'text'}, [state.element('content', {}, state.one(child))])]))
  }
  const wrapUp = node.children.slice(last + 1).flatMap((child) => state.one(child))
  if (wrapUp.length > 0) list.push(state.element('wrapUp', {}, wrapUp))
  children.push(state.element('list', {}, list))
  return state.element(name, {}, children)
}
