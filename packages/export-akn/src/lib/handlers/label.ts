import type {Label} from '@communique/doctree'
import type {State, XmlNode} from '../types.js'

/**
 * Export a transcript's speaker label as `<inline name="speakerLabel">`. (A label that opens a speech
 * becomes the speech's `<from>` instead: see the speech layout.)
 *
 * @param node
 *   Label.
 * @param state
 *   Info passed around.
 * @returns
 *   The `inline` element.
 */
export function label(node: Readonly<Label>, state: State): XmlNode[] {
  return [state.element('inline', {name: 'speakerLabel'}, [state.text(node.value)])]
}
