import type {Citation} from '@communique/doctree'
import {mention} from '../mention.js'
import type {State} from '../types.js'
import {joined} from '../util.js'

/**
 * Render a cited document as `<mark class="m-citation">`, linked to the document when it is one of the run.
 *
 * @param node
 *   Citation.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function citation(node: Readonly<Citation>, state: State): string {
  const entity = state.lookup.citationsByStem
    .get(state.document.stem)
    ?.find((candidate) => candidate.title === node.title && candidate.date === node.date)
  const matches = entity?.matches ?? null
  return mention(
    state,
    'citation',
    {
      target: matches === null ? undefined : state.ids.get(`document ${matches}`),
      title: `Cites: ${joined([node.title, node.date], ', ')}`
    },
    () => state.all(node)
  )
}
