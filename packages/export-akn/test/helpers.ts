// Shared fixtures: the corpus parsed and resolved once, the gold counts, and small XML utilities.
import {readFileSync, readdirSync} from 'node:fs'
import type {Document} from '@communique/doctree'
import {decode, parse} from '@communique/parser'
import {resolve, type Corpus, type InputDocument} from '@communique/resolver'
import {DOMParser, type Element} from '@xmldom/xmldom'
import {toAkn, type AknPerson} from '@communique/export-akn'

export const corpusFolder = new URL('../../../corpus/', import.meta.url)
export const goldFolder = new URL('../../../test/gold/', import.meta.url)
export const examplesFolder = new URL('fixtures/reference/', import.meta.url)
export const akn = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'
/** A fixed markup date, so that exports are reproducible. */
export const markupDate = '2026-01-31'

let documents: Array<InputDocument & {tree: Document}> | undefined
let resolved: Corpus | undefined

/**
 * Every document of the corpus, parsed.
 *
 * @returns
 *   The documents, by stem.
 */
export function corpusDocuments(): Array<InputDocument & {tree: Document}> {
  if (!documents) {
    documents = readdirSync(corpusFolder)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => {
        const url = new URL(file, corpusFolder)
        return {stem: file.replace(/\.txt$/, ''), file, tree: parse(decode(readFileSync(url), url.pathname))}
      })
  }
  return documents
}

/**
 * The resolved corpus.
 *
 * @returns
 *   The corpus.
 */
export function resolvedCorpus(): Corpus {
  resolved ??= resolve(corpusDocuments())
  return resolved
}

/**
 * One document of the corpus.
 *
 * @param stem
 *   Its stem.
 * @returns
 *   Its tree.
 */
export function treeOf(stem: string): Document {
  const found = corpusDocuments().find((document) => document.stem === stem)
  if (!found) throw new Error(`No corpus document \`${stem}\``)
  return found.tree
}

/**
 * The source text of a corpus document.
 *
 * @param stem
 *   Its stem.
 * @returns
 *   The text.
 */
export function sourceOf(stem: string): string {
  return readFileSync(new URL(`${stem}.txt`, corpusFolder), 'utf8')
}

/**
 * The `people` option the CLI builds: the document's local keys → resolved IRI and canonical name.
 *
 * @param stem
 *   Document stem.
 * @returns
 *   The option.
 */
export function peopleOf(stem: string): Record<string, AknPerson> {
  const corpus = resolvedCorpus()
  const result: Record<string, AknPerson> = {}
  for (const [entity, id] of Object.entries(corpus.personIndex[stem] ?? {})) {
    const person = corpus.people.find((candidate) => candidate.id === id)
    if (person) result[entity] = {id, name: person.name}
  }
  return result
}

const exports = new Map<string, string>()

/**
 * Export a corpus document as the CLI does (resolved people, fixed markup date), once.
 *
 * @param stem
 *   Document stem.
 * @returns
 *   The XML.
 */
export function exportOf(stem: string): string {
  let xml = exports.get(stem)
  if (xml === undefined) {
    xml = toAkn(treeOf(stem), {stem, people: peopleOf(stem), markupDate})
    exports.set(stem, xml)
  }
  return xml
}

/** Gold counts of a document (`test/gold/<stem>.json`). */
export interface Gold {
  kind: string
  recitals: number
  operative_clauses: number
}

/**
 * The gold record of a document.
 *
 * @param stem
 *   Document stem.
 * @returns
 *   The gold record.
 */
export function goldOf(stem: string): Gold {
  return JSON.parse(readFileSync(new URL(`${stem}.json`, goldFolder), 'utf8')) as Gold
}

/**
 * Parse XML, failing on any error.
 *
 * @param xml
 *   XML text.
 * @returns
 *   The root element.
 */
export function parseXml(xml: string): Element {
  const document = new DOMParser({
    onError(level, message) {
      throw new Error(`XML ${level}: ${message}`)
    }
  }).parseFromString(xml, 'text/xml')
  if (!document.documentElement) throw new Error('No root element')
  return document.documentElement
}

/**
 * Descendants of an element with a local name, in document order.
 *
 * @param root
 *   Element.
 * @param name
 *   Local name.
 * @returns
 *   The elements.
 */
export function select(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(akn, name))
}

/**
 * Element children of an element, optionally with one local name.
 *
 * @param element
 *   Element.
 * @param name
 *   Local name (optional).
 * @returns
 *   The children.
 */
export function childElements(element: Element, name?: string): Element[] {
  const result: Element[] = []
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (!name || (child as Element).localName === name)) result.push(child as Element)
  }
  return result
}

/**
 * The text of an element, white space collapsed.
 *
 * @param element
 *   Element.
 * @returns
 *   Its text.
 */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}
