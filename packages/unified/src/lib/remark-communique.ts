import type {Document} from '@communique/doctree'
import {fromMdast, type ParseOptions} from '@communique/parser'
import type {Root as MdastRoot} from 'mdast'
import type {Plugin} from 'unified'

/** Configuration of `remarkCommunique`: the options of `parse` in `@communique/parser` (`kind`, `knowledge`, `mentions`). */
export type RemarkCommuniqueOptions = ParseOptions

/**
 * Turn the mdast tree of a diplomatic document into its Communiqué document tree.
 *
 * A transformer, used after `remark-parse`: it calls `fromMdast(tree, file, options)` from
 * `@communique/parser`, so the result is the tree `parse(file, options)` gives, positions included, and
 * the parser's diagnostics (unclosed or unopened quotation marks, an unsure kind) are added to `file`.
 *
 * > **Note**: the mdast tree must be the one `remark-parse` made of `String(file.value)`: the parser
 * > reads the text of each block from the file, by the offsets of the mdast nodes.
 *
 * @param options
 *   Configuration (optional): `kind` (default: decided from the text), `knowledge` (default: the files of
 *   `@communique/knowledge`) and `mentions` (default: `true`).
 * @returns
 *   Transform.
 * @example
 *   const processor = unified().use(remarkParse).use(remarkCommunique)
 *   const tree = await processor.run(processor.parse(file), file) // `Document`
 */
export const remarkCommunique: Plugin<[(Readonly<RemarkCommuniqueOptions> | null | undefined)?], MdastRoot, Document> = function (
  options
) {
  return function (tree, file) {
    return fromMdast(tree, file, options)
  }
}
