import type {Document as Tree} from '@communique/doctree'
import {XMLSerializer} from '@xmldom/xmldom'
import {assignEids} from './eid.js'
import {indent} from './format.js'
import {createState} from './state.js'
import type {AknOptions} from './types.js'

/**
 * Export a statement or speech as Akoma Ntoso 3.0 XML.
 *
 * A statement becomes `<akomaNtoso><statement name="…" contains="originalVersion">` with `meta`
 * (identification with the three FRBR levels, lifecycle, references listing every person, post,
 * organization, place and event referred to), `preface` (title, narrative introduction), `preamble`
 * (recitals, enacting formula), `mainBody` (one `paragraph` per operative clause) and `conclusions` (closing
 * sentences, signatures). A speech becomes `<doc name="speech">` with `preface` (title, venue line),
 * `mainBody/address/speech by=… as=…` and, for trailing time and end marks, `conclusions`. Mentions are
 * marked inline (`person`, `role`, `organization`, `location`, `date`, `ref`…), with `refersTo` pointing into
 * `meta/references`. Every word of the document is kept, boilerplate included. eIds follow the AKN naming
 * convention; the same tree and options always give the same bytes.
 *
 * The output is built as a DOM (`@xmldom/xmldom`), so text is escaped by the serializer: text that looks
 * like markup stays text. Characters that XML 1.0 forbids (such as U+0001) are removed, and reported to
 * `options.onWarning`.
 *
 * @param tree
 *   The document tree (`@communique/parser`), of kind `statement` or `speech`.
 * @param options
 *   Configuration; `stem` is required. Pass `people` (from the resolved corpus) for canonical names and
 *   stable person IRIs, and a fixed `markupDate` for reproducible output.
 * @returns
 *   The XML text: an XML declaration, the document, a final line feed.
 * @throws {Error}
 *   For a news report (“Cannot export `news` document …”), an invalid option, or a node of an unknown type
 *   (“Cannot export unknown node `x`”).
 * @example
 *   const xml = toAkn(tree, {stem: '002_statement', markupDate: '2026-01-31'})
 */
export function toAkn(tree: Readonly<Tree>, options: Readonly<AknOptions>): string {
  if (typeof tree !== 'object' || tree === null || tree.type !== 'document') {
    throw new Error(`Cannot export \`${String((tree as {type?: unknown} | null)?.type)}\` as Akoma Ntoso: expected a document tree (\`type: 'document'\`)`)
  }

  if (tree.kind !== 'statement' && tree.kind !== 'speech') {
    throw new Error(`Cannot export \`${String(tree.kind)}\` document \`${String(options?.stem)}\` as Akoma Ntoso: only statements and speeches are exported (news reports are not AKN documents)`)
  }

  const state = createState(tree, options)
  const root = state.xml.documentElement
  if (!root) throw new Error('Cannot create the `akomaNtoso` element')
  for (const node of state.one(tree)) root.appendChild(node)
  assignEids(root)
  indent(root)
  const body = new XMLSerializer().serializeToString(state.xml, {requireWellFormed: true})
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`
}
