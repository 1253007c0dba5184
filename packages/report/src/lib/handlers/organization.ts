import type {OrganizationMention} from '@communique/doctree'
import {mention} from '../mention.js'
import type {State} from '../types.js'

/**
 * Render an organization mention as `<mark class="m-organization">`, linked to the organization's entry
 * (the name is resolved through `corpus.organizationIndex`).
 *
 * @param node
 *   Organization mention.
 * @param state
 *   Info passed around.
 * @returns
 *   HTML.
 */
export function organization(node: Readonly<OrganizationMention>, state: State): string {
  const iri = state.corpus.organizationIndex[state.document.stem]?.[node.name]
  const entity = iri === undefined ? undefined : state.lookup.organizations.get(iri)
  return mention(
    state,
    'organization',
    {
      target: entity ? state.ids.get(entity.id) : undefined,
      title: `Organization: ${entity ? entity.name : node.name}`,
      data: {organization: entity?.id}
    },
    () => state.all(node)
  )
}
