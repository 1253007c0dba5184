import type {Heading} from '@communique/doctree'
import {within} from '../context.js'
import {designation} from '../identity.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export a heading. The title becomes `<p><docTitle>…</docTitle></p>`, with the self-designation in its
 * first text (`STATEMENT`, `Remarks`) marked `docType`; a sub-heading becomes `<p class="subheading">`.
 *
 * @param node
 *   Heading.
 * @param state
 *   Info passed around.
 * @returns
 *   The `p` element.
 */
export function heading(node: Readonly<Heading>, state: State): XmlNode[] {
  if (node.role !== 'title') {
    return [state.element('p', {class: 'subheading'}, within(state, {block: node}, () => state.all(node)))]
  }

  const children = within(state, {block: node, inTitle: true}, () => {
    const result: XmlNode[] = []
    let typed = false
    for (const child of node.children) {
      const match = !typed && child.type === 'text' ? designation.exec(child.value) : null
      if (child.type === 'text' && match) {
        typed = true
        const before = child.value.slice(0, match.index)
        const after = child.value.slice(match.index + match[0].length)
        if (before) result.push(state.text(before))
        result.push(state.element('docType', {}, [state.text(match[0])]))
        if (after) result.push(state.text(after))
      } else {
        if (child.type === 'text') typed = true
        result.push(...state.one(child))
      }
    }
    return result
  })

  return [state.element('p', {}, [state.element('docTitle', {}, children)])]
}
