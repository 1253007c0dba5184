import {attribute, escapeHtml} from '../escape.js'
import {all, one} from '../one.js'
import {documentLink, entityLink, fact, type Page} from '../page.js'
import type {ReportDocument, State} from '../types.js'
import {isoDate} from '../util.js'

/**
 * The documents section: each document of the run, in stem order, with its metadata and its text rendered
 * from the tree, block by block, mentions highlighted.
 *
 * @param page
 *   The page.
 * @returns
 *   HTML.
 * @throws {Error}
 *   When a tree holds a node of unknown type: “Cannot render unknown node `x`”.
 */
export function documentsSection(page: Readonly<Page>): string {
  const documents = page.lookup.documents
  return `<section id="documents" class="part" aria-labelledby="documents-title">
<h2 id="documents-title">Documents</h2>
<p class="lead">${documents.length} ${documents.length === 1 ? 'document' : 'documents'}, in stem order. Highlights link to the index entries; see the legend.</p>
${documents.map((document) => documentArticle(page, document)).join('\n')}
</section>`
}

/**
 * One document.
 *
 * @param page
 *   The page.
 * @param document
 *   Document.
 * @returns
 *   HTML.
 */
function documentArticle(page: Readonly<Page>, document: Readonly<ReportDocument>): string {
  const tree = document.tree
  const state: State = {
    corpus: page.corpus,
    lookup: page.lookup,
    ids: page.ids,
    document,
    links: 0,
    one(node) {
      return one(node, state)
    },
    all(parent) {
      return all(parent, state)
    }
  }
  const entity = page.corpus.documents.find((candidate) => candidate.stem === document.stem)
  const meeting = entity?.meeting ? page.lookup.meetings.get(entity.meeting) : undefined
  const date = tree.date
  const facts = [
    fact('Kind', `<span class="badge kind-${tree.kind === 'news' || tree.kind === 'speech' ? tree.kind : 'statement'}">${escapeHtml(tree.kind)}</span>`),
    fact('Date', date === null ? '<span class="none">not given</span>' : `<time${attribute('datetime', isoDate(date) ? date : undefined)}>${escapeHtml(date)}</time>`),
    fact('Publisher', tree.publisher === null ? '<span class="none">not given</span>' : escapeHtml(tree.publisher)),
    fact('Dateline', tree.dateline === null ? '' : escapeHtml(tree.dateline)),
    fact('File', `<code>${escapeHtml(document.file)}</code>`),
    fact('Reports', meeting ? entityLink(page, meeting.id, meeting.name) : '')
  ].join('')
  const title = tree.title === null ? '<span class="untitled">Untitled</span>' : escapeHtml(tree.title)

  return `<article class="document"${attribute('id', page.ids.get(`document ${document.stem}`))}${attribute('data-stem', document.stem)}>
<header class="doc-header">
<p class="doc-stem">${documentLink(page, document.stem)}</p>
<h3>${title}</h3>
<dl class="facts">${facts}</dl>
</header>
<div class="doc-text">
${one(tree, state)}
</div>
</article>`
}
