import type {Document, FlowContent, Kind, Text} from '../types.js'

/**
 * Create a text node (generated: no position).
 *
 * @param value
 *   The text.
 * @returns
 *   A `text` node.
 */
export function text(value: string): Text {
  return {type: 'text', value}
}

/**
 * Create a document root (generated: no position).
 *
 * @param kind
 *   The document kind.
 * @param children
 *   Its blocks (default: none).
 * @returns
 *   A `document` node with null metadata and no people or meeting.
 */
export function document(kind: Kind, children: FlowContent[] = []): Document {
  return {type: 'document', kind, date: null, title: null, dateline: null, publisher: null, people: [], meeting: null, children}
}
