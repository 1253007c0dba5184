import type {Label} from '@communique/doctree'
import {escapeHtml} from '../escape.js'
import type {State} from '../types.js'

/**
 * Render a transcript's speaker label as `<b>`.
 *
 * @param node
 *   Label.
 * @param _state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function label(node: Readonly<Label>, _state: State): string {
  return `<b class="label">${escapeHtml(node.value)}</b>`
}
