import type {CountryMention} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a country mention (name, official name, demonym, capital) as `<location refersTo="#country">`.
 *
 * @param node
 *   Country mention.
 * @param state
 *   Info passed around.
 * @returns
 *   The `location` element.
 */
export function country(node: Readonly<CountryMention>, state: State): XmlNode[] {
  return [state.element('location', {refersTo: `#${state.references.country(node.code)}`}, state.all(node))]
}
