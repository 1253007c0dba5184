import type {Corpus} from '@communique/resolver'
import {escapeHtml} from './escape.js'
import type {Ids} from './ids.js'
import {link} from './mention.js'
import type {Lookup} from './types.js'

/** What every section of the page reads. */
export interface Page {
  corpus: Readonly<Corpus>
  lookup: Lookup
  ids: Ids
}

const closed = {links: 0}

/**
 * A link to the entry of an entity (by IRI), or its name alone when it has no entry.
 *
 * @param page
 *   The page.
 * @param iri
 *   IRI of the entity.
 * @param name
 *   Text of the link (plain text).
 * @returns
 *   HTML.
 */
export function entityLink(page: Readonly<Page>, iri: string, name: string): string {
  return link(closed, page.ids.get(iri), escapeHtml(name))
}

/**
 * A link to a document of the run, showing its stem (breakable after `_` and `-`), or the stem alone when
 * the document is not in the run.
 *
 * @param page
 *   The page.
 * @param stem
 *   Stem of the document.
 * @returns
 *   HTML.
 */
export function documentLink(page: Readonly<Page>, stem: string): string {
  const document = page.lookup.documentsByStem.get(stem)
  const title = document?.tree.title
  const target = page.ids.get(`document ${stem}`)
  const code = `<code>${breakable(stem)}</code>`
  if (target === undefined) return code
  return `<a class="doc-ref" href="#${target}"${title ? ` title="${escapeHtml(title)}"` : ''}>${code}</a>`
}

/**
 * A list of links to documents, or a dash when there are none.
 *
 * @param page
 *   The page.
 * @param stems
 *   Stems.
 * @returns
 *   HTML.
 */
export function documentList(page: Readonly<Page>, stems: ReadonlyArray<string>): string {
  if (stems.length === 0) return '<span class="none">—</span>'
  return `<ul class="refs">${stems.map((stem) => `<li>${documentLink(page, stem)}</li>`).join('')}</ul>`
}

/**
 * The name of a country (by ISO code or IRI), linked to its entry; the code alone when unknown.
 *
 * @param page
 *   The page.
 * @param code
 *   ISO 3166-1 alpha-2 code or country IRI.
 * @returns
 *   HTML.
 */
export function countryLink(page: Readonly<Page>, code: string): string {
  const entity = page.lookup.countriesByCode.get(code) ?? page.lookup.countries.get(code)
  return entity ? entityLink(page, entity.id, entity.name) : escapeHtml(code)
}

/**
 * The name of an organization (by IRI), linked to its entry; the IRI when unknown.
 *
 * @param page
 *   The page.
 * @param iri
 *   IRI.
 * @returns
 *   HTML.
 */
export function organizationLink(page: Readonly<Page>, iri: string): string {
  const entity = page.lookup.organizations.get(iri)
  if (!entity) return `<code>${escapeHtml(iri)}</code>`
  return entityLink(page, entity.id, entity.acronym ? `${entity.name} (${entity.acronym})` : entity.name)
}

/**
 * A definition list item (`<div><dt>…</dt><dd>…</dd></div>`), or nothing when the value is empty.
 *
 * @param term
 *   Term (plain text constant).
 * @param html
 *   Value (HTML), or empty.
 * @returns
 *   HTML.
 */
export function fact(term: string, html: string | null | undefined): string {
  if (html === null || html === undefined || html === '') return ''
  return `<div><dt>${escapeHtml(term)}</dt><dd>${html}</dd></div>`
}

/**
 * Escape a stem or file name and let it break after its underscores and hyphens (`<wbr>`).
 *
 * @param value
 *   Stem or file name.
 * @returns
 *   HTML.
 */
export function breakable(value: string): string {
  return escapeHtml(value).replace(/([_-])/g, '$1<wbr>')
}
