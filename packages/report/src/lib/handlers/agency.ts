import type {Agency} from '@communique/doctree'
import {attribute} from '../escape.js'
import type {State} from '../types.js'

/**
 * Render a news agency tag as `<span>`, its normalised name as tooltip.
 *
 * @param node
 *   Agency.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function agency(node: Readonly<Agency>, state: State): string {
  return `<span class="agency"${attribute('title', `News agency: ${node.name}`)}>${state.all(node)}</span>`
}
