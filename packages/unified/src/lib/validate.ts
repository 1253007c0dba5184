import type {Document} from '@communique/doctree'
import {validate} from '@communique/validator'
import type {Plugin} from 'unified'

/**
 * Check the document tree against its JSON Schema, with `validate(tree, file)` from `@communique/validator`.
 *
 * A transformer on the document tree (use it after `remarkCommunique`). Each problem becomes a fatal
 * message on `file` (`fatal: true`, rule id `schema-<keyword>`, source `communique-validator`), placed at
 * the source position of the node it is about. The tree is passed on unchanged.
 *
 * > **Note**: the run does not stop on an invalid tree: `run` and `process` resolve, and a compiler after
 * > this plugin still compiles. Check `file.messages.some((message) => message.fatal)` before you use the
 * > result.
 *
 * @returns
 *   Transform.
 * @example
 *   const processor = unified().use(remarkParse).use(remarkCommunique).use(communiqueValidate)
 */
export const communiqueValidate: Plugin<[], Document> = function () {
  return function (tree, file) {
    validate(tree, file)
  }
}
