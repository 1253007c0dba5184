import type {PersonMention} from '@communique/doctree'
import {mention} from '../mention.js'
import type {State} from '../types.js'
import {localPerson} from '../util.js'

/**
 * Render a person mention as `<mark class="m-person">`, linked to the person's entry (the local key is
 * resolved through `corpus.personIndex`).
 *
 * @param node
 *   Person mention.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function person(node: Readonly<PersonMention>, state: State): string {
  const found = localPerson(state, node.entity)
  return mention(
    state,
    'person',
    {target: found.target, title: `Person: ${found.name}`, data: {person: found.entity?.id}},
    () => state.all(node)
  )
}
