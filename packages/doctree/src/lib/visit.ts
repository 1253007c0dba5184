import type {Nodes, Parents} from '../types.js'

/** Visitor result: `SKIP` does not enter the node's children, `EXIT` stops the walk. */
export const CONTINUE = true
export const SKIP = 'skip'
export const EXIT = false

/** What a visitor may return. */
export type Action = typeof CONTINUE | typeof SKIP | typeof EXIT | undefined | void

/**
 * Walk a tree depth-first in preorder (NLR), iteratively, calling `visitor` on every node with its
 * ancestors (root first). Walk once and do all the work in one visitor rather than walking many
 * times.
 *
 * @param tree
 *   The tree.
 * @param visitor
 *   Called per node; return `SKIP` to not enter its children, `EXIT` to stop.
 */
export function visit(tree: Nodes, visitor: (node: Nodes, ancestors: readonly Parents[]) => Action): void {
  const stack: Array<{node: Nodes; ancestors: readonly Parents[]}> = [{node: tree, ancestors: []}]
  while (stack.length > 0) {
    const {node, ancestors} = stack.pop()!
    const action = visitor(node, ancestors)
    if (action === EXIT) return
    if (action === SKIP || !('children' in node)) continue
    const next = [...ancestors, node as Parents]
    for (let index = node.children.length - 1; index >= 0; index--) {
      stack.push({node: node.children[index] as Nodes, ancestors: next})
    }
  }
}
