import type {Nodes} from '../types.js'

/**
 * Get the text content of a node: the values of its text and literal descendants, in order.
 * A parent's own `value` is data, not text (a `date`'s ISO value): only its children count.
 *
 * Walks the tree iteratively (no recursion), so deep trees are fine.
 *
 * @param node
 *   A node (or a list of nodes).
 * @returns
 *   The text.
 * @example
 *   toString({type: 'paragraph', children: [{type: 'text', value: 'Hi'}]}) // => 'Hi'
 */
export function toString(node: Nodes | readonly Nodes[]): string {
  const stack: Nodes[] = Array.isArray(node) ? [...(node as Nodes[])].reverse() : [node as Nodes]
  let result = ''
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes)
    } else if ('value' in current && typeof current.value === 'string') {
      result += current.value
    }
  }
  return result
}
