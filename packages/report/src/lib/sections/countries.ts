import type {CountryEntity} from '@communique/resolver'
import {attribute, escapeHtml} from '../escape.js'
import {documentList, fact, type Page} from '../page.js'
import {externalLink} from './shared.js'

/**
 * The index of countries: name, ISO code and the documents that name it; each entry's id comes from its IRI.
 *
 * @param page
 *   The page.
 * @returns
 *   HTML.
 */
export function countriesSection(page: Readonly<Page>): string {
  const countries = page.corpus.countries
  return `<section id="countries" class="part" aria-labelledby="countries-title">
<h2 id="countries-title">Countries</h2>
<p class="lead">${countries.length} ${countries.length === 1 ? 'country' : 'countries'}.</p>
<ol class="entries compact">
${countries.map((country) => countryEntry(page, country)).join('\n')}
</ol>
</section>`
}

/**
 * One country.
 *
 * @param page
 *   The page.
 * @param country
 *   Country.
 * @returns
 *   HTML.
 */
function countryEntry(page: Readonly<Page>, country: Readonly<CountryEntity>): string {
  const facts = [fact('Named in', documentList(page, country.documents)), fact('Same as', externalLink(country.sameAs))].join('')
  return `<li class="entry country"${attribute('id', page.ids.get(country.id))}${attribute('data-iri', country.id)}>
<h3>${escapeHtml(country.name)} <span class="code">${escapeHtml(country.code)}</span></h3>
<dl class="facts">${facts}</dl>
</li>`
}
