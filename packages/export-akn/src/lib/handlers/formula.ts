import type {Formula} from '@communique/doctree'
import {within} from '../context.js'
import type {State, XmlNode} from '../types.js'

/**
 * Export an enacting formula as `<formula name="enactingFormula"><p>…</p></formula>` (AKN4UN's name).
 *
 * @param node
 *   Formula.
 * @param state
 *   Info passed around.
 * @returns
 *   The `formula` element.
 */
export function formula(node: Readonly<Formula>, state: State): XmlNode[] {
  return [state.element('formula', {name: 'enactingFormula'}, [state.element('p', {}, within(state, {block: node}, () => state.all(node)))])]
}
