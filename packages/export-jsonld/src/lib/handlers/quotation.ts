import type {QuotationLeaf} from 'schema-dts'
import {documentIri} from '../lookup.js'
import type {Handle} from '../types.js'
import {assertIri, ref} from '../util.js'

/**
 * Export a direct quotation as a `Quotation`: `text`, `creator` → the person who said it,
 * `isPartOf` → the document it appears in.
 *
 * @param entity
 *   Quotation entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `Quotation` node.
 */
export const quotation: Handle<'quotation'> = function (entity, state) {
  const what = `quotation \`${entity.id}\``
  const node: QuotationLeaf = {
    '@id': assertIri(entity.id, 'quotation'),
    '@type': 'Quotation',
    text: entity.text,
    creator: ref(entity.creator, `the creator of ${what}`),
    isPartOf: ref(documentIri(state, entity.document, what), `the document of ${what}`)
  }
  return node
}
