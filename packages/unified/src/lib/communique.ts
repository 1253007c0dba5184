import type {Document} from '@communique/doctree'
import type {Root as MdastRoot} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {communiqueJson} from './json.js'
import {remarkCommunique} from './remark-communique.js'
import {communiqueValidate} from './validate.js'

/**
 * The whole pipeline, frozen: `unified().use(remarkParse).use(remarkCommunique).use(communiqueValidate).use(communiqueJson).freeze()`.
 *
 * `process(file)` reads the document, validates its tree and compiles it to JSON text; the parser's and
 * the validator's messages are on the file.
 *
 * > **Note**: it is frozen, so `use` throws (“Cannot call `use` on a frozen processor”). Call it,
 * > `communique()`, to get an unfrozen copy to configure, for example with other parser options
 * > (`communique().use(remarkCommunique, {kind: 'speech'})`).
 *
 * > **Note**: an invalid tree does not stop the run (see `communiqueValidate`); check
 * > `file.messages.some((message) => message.fatal)` before you use the output.
 *
 * @example
 *   const file = await communique.process(new VFile({path: 'statement.md', value}))
 *   const tree = JSON.parse(String(file)) // Document
 */
export const communique: Processor<MdastRoot, MdastRoot, Document, Document, string> = unified()
  .use(remarkParse)
  .use(remarkCommunique)
  .use(communiqueValidate)
  .use(communiqueJson)
  .freeze()
