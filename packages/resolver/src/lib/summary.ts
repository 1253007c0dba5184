import type {Document, Nodes} from '@communique/doctree'
import {toString, visit} from '@communique/doctree'
import type {CitationSummary, DocumentSummary, MentionSummary, QuotationSummary} from '../types.js'

/**
 * What resolution needs of a document tree: its kind, date, title, dateline and publisher, its
 * people and meeting, the organizations, countries, places and posts it names (in document
 * order), its attributed quotations and its citations. `resolve` gives the same corpus for the
 * summaries as for the trees, so a large run can keep summaries and drop each tree once it is
 * written.
 *
 * The summary is plain data, a copy that shares nothing with the tree (its strings included):
 * it survives `structuredClone`, `postMessage` and a JSON round trip unchanged.
 *
 * @param tree
 *   A document tree, or a summary (returned as is).
 * @returns
 *   The summary.
 */
export function summarize(tree: Document | DocumentSummary): DocumentSummary {
  if (tree.type === 'summary') return tree
  const mentions: MentionSummary[] = []
  const quotations: QuotationSummary[] = []
  const citations: CitationSummary[] = []
  // A mention the same as an earlier one, field for field, changes nothing in resolution (every step
  // it takes is done once, at its first occurrence): it is kept once. Documents repeat their
  // names, so this is most of them.
  const seen = new Set<string>()
  const mention = (value: MentionSummary, ...fields: Array<string | null>) => {
    const key = `${value.type}\u0000${fields.map((field) => field ?? '\u0001').join('\u0000')}`
    if (seen.has(key)) return
    seen.add(key)
    mentions.push(value)
  }
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'organization': {
        mention({type: 'organization', name: node.name, acronym: node.acronym, parent: node.parent}, node.name, node.acronym, node.parent)
        break
      }
      case 'country': {
        mention({type: 'country', code: node.code}, node.code)
        break
      }
      case 'place': {
        mention({type: 'place', name: node.name, country: node.country}, node.name, node.country)
        break
      }
      case 'role': {
        // A post that serves neither a state nor an organization names nothing to resolve.
        if (node.country || node.organization) mention({type: 'role', country: node.country, organization: node.organization}, node.country, node.organization)
        break
      }
      case 'quote': {
        if (node.speaker) quotations.push({speaker: node.speaker, text: toString(node).trim()})
        break
      }
      case 'citation': {
        citations.push({title: node.title, date: node.date})
        break
      }
      default:
    }
    return undefined
  })
  const summary: DocumentSummary = {
    type: 'summary',
    kind: tree.kind,
    date: tree.date,
    title: tree.title,
    dateline: tree.dateline,
    publisher: tree.publisher,
    people: tree.people,
    meeting: tree.meeting,
    mentions,
    quotations,
    citations
  }
  // A deep copy through JSON: strings the parser cut from the source text can keep the whole
  // text alive in the engine (V8 sliced strings); fresh ones do not.
  return JSON.parse(JSON.stringify(summary)) as DocumentSummary
}
