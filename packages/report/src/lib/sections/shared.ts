import {attribute, escapeHtml} from '../escape.js'

/**
 * A list of names, or nothing when there are none.
 *
 * @param names
 *   Names (plain text).
 * @returns
 *   HTML.
 */
export function namesList(names: ReadonlyArray<string>): string {
  if (names.length === 0) return ''
  return `<ul class="names">${names.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`
}

/**
 * A link out of the page (a Wikidata IRI), only for `http:` and `https:` IRIs; other values are shown as
 * text. Following it is the reader's choice: the page itself loads nothing.
 *
 * @param iri
 *   IRI, or null.
 * @returns
 *   HTML, or the empty string.
 */
export function externalLink(iri: string | null | undefined): string {
  if (iri === null || iri === undefined || iri === '') return ''
  if (!/^https?:\/\/[^\s"'<>`]+$/i.test(iri)) return `<code>${escapeHtml(iri)}</code>`
  return `<a class="external" rel="external noopener noreferrer"${attribute('href', iri)}>${escapeHtml(iri)}</a>`
}
