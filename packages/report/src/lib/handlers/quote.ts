import type {Quote} from '@communique/doctree'
import {escapeHtml} from '../escape.js'
import {link, mention} from '../mention.js'
import type {State} from '../types.js'
import {localPerson} from '../util.js'

/**
 * Render a quotation as `<mark class="m-quote">`; when its `speaker` is set, the speaker's name follows
 * inside it (`<span class="speaker">`), linked to the person's entry.
 *
 * @param node
 *   Quote.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function quote(node: Readonly<Quote>, state: State): string {
  const speaker = node.speaker === null || node.speaker === undefined ? undefined : localPerson(state, node.speaker)
  return mention(
    state,
    'quote',
    {title: speaker ? `Quotation of ${speaker.name}` : 'Quotation', data: {speaker: speaker?.entity?.id}},
    () => state.all(node),
    speaker ? () => `<span class="speaker">${link(state, speaker.target, escapeHtml(speaker.name))}</span>` : undefined
  )
}
