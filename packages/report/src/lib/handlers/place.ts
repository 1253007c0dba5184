import type {PlaceMention} from '@communique/doctree'
import {mention} from '../mention.js'
import type {State} from '../types.js'
import {joined} from '../util.js'

/**
 * Render a place (a city, a region) as `<mark class="m-place">`, its name and country as tooltip.
 *
 * @param node
 *   Place mention.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function place(node: Readonly<PlaceMention>, state: State): string {
  const country = node.country === null ? undefined : state.lookup.countriesByCode.get(node.country)
  return mention(
    state,
    'place',
    {title: `Place: ${joined([node.name, country?.name ?? node.country], ', ')}`},
    () => state.all(node)
  )
}
