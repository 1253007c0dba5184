import {nodeTypes, type Document, type NodeType, type Nodes, type Parents} from '../types.js'

const known = new Set<string>(nodeTypes)

/**
 * Check whether a value is a document-tree node, optionally of one type.
 *
 * @param value
 *   Anything.
 * @param type
 *   A node type to check for (optional).
 * @returns
 *   Whether `value` is such a node.
 * @example
 *   isNode({type: 'text', value: 'x'}, 'text') // => true
 */
export function isNode<Type extends NodeType>(
  value: unknown,
  type?: Type
): value is Extract<Nodes, {type: Type}> {
  if (typeof value !== 'object' || value === null) return false
  const actual = (value as {type?: unknown}).type
  return typeof actual === 'string' && known.has(actual) && (type === undefined || actual === type)
}

/**
 * Check whether a node has children.
 *
 * @param node
 *   A node.
 * @returns
 *   Whether it is a parent.
 */
export function isParent(node: Nodes): node is Parents {
  return 'children' in node && Array.isArray(node.children)
}

/**
 * Check whether a value is a document root.
 *
 * @param value
 *   Anything.
 * @returns
 *   Whether `value` is a `document` node.
 */
export function isDocument(value: unknown): value is Document {
  return isNode(value, 'document')
}
