import type {Boilerplate} from '@communique/doctree'
import {attribute} from '../escape.js'
import type {State} from '../types.js'

/**
 * Render page chrome (captions, related links, end marks …) as a muted `<p>`; the style sheet shows its
 * `data-reason`.
 *
 * @param node
 *   Boilerplate.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function boilerplate(node: Readonly<Boilerplate>, state: State): string {
  return `<p class="b-boilerplate"${attribute('data-reason', node.reason)}>${state.all(node)}</p>`
}
