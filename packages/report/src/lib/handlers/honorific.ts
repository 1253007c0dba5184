import type {Honorific} from '@communique/doctree'
import {escapeHtml} from '../escape.js'
import type {State} from '../types.js'

/**
 * Render an honorific (`H.E.`) as `<span>`.
 *
 * @param node
 *   Honorific.
 * @param _state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function honorific(node: Readonly<Honorific>, _state: State): string {
  return `<span class="honorific">${escapeHtml(node.value)}</span>`
}
