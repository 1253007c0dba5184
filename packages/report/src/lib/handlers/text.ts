import type {Text} from '@communique/doctree'
import {escapeHtml} from '../escape.js'
import type {State} from '../types.js'

/**
 * Render text, escaped.
 *
 * @param node
 *   Text.
 * @param _state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function text(node: Readonly<Text>, _state: State): string {
  return escapeHtml(node.value)
}
