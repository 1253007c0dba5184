import type {Citation} from '@communique/doctree'
import {citedWork} from '../cited.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a cited document as `<ref href="/akn/…">` (a constructed work IRI, see `citedWork`), keeping the
 * mentions inside it.
 *
 * @param node
 *   Citation.
 * @param state
 *   Info passed around.
 * @returns
 *   The `ref` element.
 */
export function citation(node: Readonly<Citation>, state: State): XmlNode[] {
  return [state.element('ref', {href: citedWork(node, state)}, state.all(node))]
}
