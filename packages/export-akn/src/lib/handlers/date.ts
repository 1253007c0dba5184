import type {DateMention} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'
import {isFullDate} from '../util.js'

/**
 * Export a date mention: `<date date="YYYY-MM-DD">` for a full date (`<docDate>` in a speech's venue line),
 * plain text otherwise: the official schema rejects partial dates (`2022`, `2022-01`) and weeks.
 *
 * @param node
 *   Date mention.
 * @param state
 *   Info passed around.
 * @returns
 *   The element, or the text.
 */
export function date(node: Readonly<DateMention>, state: State): XmlNode[] {
  const children = state.all(node)
  if (!isFullDate(node.value)) return children
  return [state.element(state.context.inVenue ? 'docDate' : 'date', {date: node.value}, children)]
}
