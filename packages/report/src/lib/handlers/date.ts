import type {DateMention} from '@communique/doctree'
import {attribute} from '../escape.js'
import {mention} from '../mention.js'
import type {State} from '../types.js'
import {isoDate, joined} from '../util.js'

/**
 * Render a date as `<mark class="m-date">` around a `<time>` with its ISO value.
 *
 * @param node
 *   Date mention.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function date(node: Readonly<DateMention>, state: State): string {
  const value = isoDate(node.value) ? node.value : undefined
  return mention(
    state,
    'date',
    {title: joined([`Date: ${node.value ?? 'unresolved'}`, node.relative && 'relative'])},
    () => `<time${attribute('datetime', value)}>${state.all(node)}</time>`
  )
}
