import type {Document as Tree} from '@communique/doctree'
import {speechLayout, statementLayout} from '../layout.js'
import {meta} from '../meta.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export the root: `<statement name="…" contains="originalVersion">` for a statement, `<doc name="speech">`
 * for a speech, each with `meta` first and then the parts of the document.
 *
 * @param node
 *   The document.
 * @param state
 *   Info passed around.
 * @returns
 *   The document element (the child of `akomaNtoso`).
 * @throws {Error}
 *   For a news report: AKN is exported for statements and speeches only.
 */
export function document(node: Readonly<Tree>, state: State): XmlNode[] {
  if (node.kind !== 'statement' && node.kind !== 'speech') {
    throw new Error(`Cannot export \`${String(node.kind)}\` document \`${state.options.stem}\` as Akoma Ntoso: only statements and speeches are exported (news reports are not AKN documents)`)
  }

  const parts = node.kind === 'speech' ? speechLayout(node, state) : statementLayout(node, state)
  // The body is exported first: it fills the references that `meta` lists.
  return [state.element(state.identity.docType, {name: state.identity.name, contains: 'originalVersion'}, [meta(state), ...parts])]
}
