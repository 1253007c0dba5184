import type {RoleMention} from '@communique/doctree'
import {mention} from '../mention.js'
import type {State} from '../types.js'
import {joined, localPerson} from '../util.js'

/**
 * Render a post as `<mark class="m-role">`, with its function and holder as tooltip (the countries and
 * organizations inside it are linked on their own).
 *
 * @param node
 *   Role mention.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function role(node: Readonly<RoleMention>, state: State): string {
  const holder = node.holder === null ? undefined : localPerson(state, node.holder)
  return mention(
    state,
    'role',
    {title: joined([`Post: ${node.function}`, holder && `held by ${holder.name}`]), data: {holder: holder?.entity?.id}},
    () => state.all(node)
  )
}
