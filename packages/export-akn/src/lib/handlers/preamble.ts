import type {Preamble} from '@communique/doctree'
import type {Element} from '@xmldom/xmldom'
import type {State, XmlNode} from '../types.js'

/**
 * Export a preamble's content, in the order printed: each run of recitals as one `<recitals>`, each formula
 * as `<formula>`. The document layout puts them in `<preamble>`.
 *
 * @param node
 *   Preamble.
 * @param state
 *   Info passed around.
 * @returns
 *   The `recitals` and `formula` elements.
 */
export function preamble(node: Readonly<Preamble>, state: State): XmlNode[] {
  const result: XmlNode[] = []
  let recitals: Element | undefined
  for (const child of node.children) {
    if (child.type === 'recital') {
      if (!recitals) {
        recitals = state.element('recitals')
        result.push(recitals)
      }
      for (const item of state.one(child)) recitals.appendChild(item)
    } else {
      recitals = undefined
      result.push(...state.one(child))
    }
  }
  return result
}
