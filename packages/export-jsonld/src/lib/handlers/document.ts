import type {CreativeWorkLeaf, NewsArticleLeaf} from 'schema-dts'
import {publisherIri} from '../lookup.js'
import type {Handle} from '../types.js'
import {assertIri, ref, refs} from '../util.js'

/**
 * Export an input document: a `NewsArticle` for news, else a `CreativeWork` with `genre`
 * `"statement"` or `"speech"`. `identifier` = its stem; `headline` (news) or `name` (others) =
 * its title; `datePublished`; `dateline` (news only: schema.org defines it on `NewsArticle`);
 * `publisher` → an organization (see `publisherIri`); `about` → the meeting it reports;
 * `mentions` → what it names; `citation` → the documents it cites.
 *
 * @param entity
 *   Document entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `NewsArticle` or `CreativeWork` node.
 */
export const document: Handle<'document'> = function (entity, state) {
  const what = `document \`${entity.stem}\``
  const id = assertIri(entity.id, what)
  let node: CreativeWorkLeaf | NewsArticleLeaf

  if (entity.kind === 'news') {
    const article: NewsArticleLeaf = {'@id': id, '@type': 'NewsArticle', identifier: entity.stem}
    if (entity.title !== null) article.headline = entity.title
    if (entity.date !== null) article.datePublished = entity.date
    if (entity.dateline !== null) article.dateline = entity.dateline
    node = article
  } else {
    const work: CreativeWorkLeaf = {'@id': id, '@type': 'CreativeWork', identifier: entity.stem, genre: entity.kind}
    if (entity.title !== null) work.name = entity.title
    if (entity.date !== null) work.datePublished = entity.date
    node = work
  }

  if (entity.publisher !== null) node.publisher = ref(publisherIri(state, entity.publisher, what), `the publisher of ${what}`)
  if (entity.meeting !== null) node.about = ref(entity.meeting, `the meeting of ${what}`)
  if (entity.mentions.length > 0) node.mentions = refs(entity.mentions, `a mention in ${what}`)
  if (entity.citations.length > 0) node.citation = refs(entity.citations, `a citation in ${what}`)
  return node
}
