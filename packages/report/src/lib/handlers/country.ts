import type {CountryMention} from '@communique/doctree'
import {mention} from '../mention.js'
import type {State} from '../types.js'

/**
 * Render a country mention as `<mark class="m-country">`, linked to the country's entry.
 *
 * @param node
 *   Country mention.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function country(node: Readonly<CountryMention>, state: State): string {
  const entity = state.lookup.countriesByCode.get(node.code)
  return mention(
    state,
    'country',
    {
      target: entity ? state.ids.get(entity.id) : undefined,
      title: `Country: ${entity ? entity.name : node.code}`,
      data: {country: entity?.id}
    },
    () => state.all(node)
  )
}
