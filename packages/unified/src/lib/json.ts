import type {Document} from '@communique/doctree'
import type {Plugin} from 'unified'

/**
 * Compile the document tree to JSON text: `JSON.stringify(tree, null, 2)` and a final line feed.
 *
 * Trees are plain JSON, so `JSON.parse(String(file))` gives back an equal tree, positions included.
 *
 * @returns
 *   Nothing.
 * @example
 *   const file = await unified().use(remarkParse).use(remarkCommunique).use(communiqueJson).process(input)
 *   JSON.parse(String(file)).type // 'document'
 */
export const communiqueJson: Plugin<[], Document, string> = function () {
  this.compiler = function (tree) {
    return JSON.stringify(tree, null, 2) + '\n'
  }
}
