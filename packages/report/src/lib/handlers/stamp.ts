import type {Stamp} from '@communique/doctree'
import {attribute, escapeHtml} from '../escape.js'
import type {State} from '../types.js'
import {isoDate} from '../util.js'

/**
 * Render a scraper's date stamp as a small `<p>` with a `<time>`.
 *
 * @param node
 *   Stamp.
 * @param _state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function stamp(node: Readonly<Stamp>, _state: State): string {
  const datetime = isoDate(node.date) ? node.date : undefined
  return `<p class="b-stamp"><time${attribute('datetime', datetime)}>${escapeHtml(node.value)}</time></p>`
}
