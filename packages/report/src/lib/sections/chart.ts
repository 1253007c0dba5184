import type {PersonEntity} from '@communique/resolver'
import {attribute, escapeHtml} from '../escape.js'
import {documentLink, entityLink, type Page} from '../page.js'

const cell = 22
const rowHeight = 22
// Rough advance of a character of the chart's 12px sans-serif font, to size the label areas.
const advance = 6.8
const slant = (50 * Math.PI) / 180
const maxColumnLabel = 30

/**
 * The chart of who appears where: an inline SVG, people as rows (most documents first) and documents as
 * columns (stem order), a filled cell where a document names the person. Every cell has a `<title>`, filled
 * cells link to the document, and a text alternative (a list) follows the chart.
 *
 * @param page
 *   The page.
 * @returns
 *   HTML.
 */
export function chartSection(page: Readonly<Page>): string {
  const documents = page.lookup.documents
  const people = page.corpus.people
    .map((person, index) => ({person, index, count: documents.filter((document) => person.documents.includes(document.stem)).length}))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map((entry) => entry.person)

  if (people.length === 0 || documents.length === 0) {
    return `<section id="chart" class="part" aria-labelledby="chart-heading">
<h2 id="chart-heading">Who appears where</h2>
<p class="none">No person or no document to chart.</p>
</section>`
  }

  const labels = documents.map((document) => shorten(document.stem))
  const longestName = Math.max(...people.map((person) => [...person.name].length))
  const longestLabel = Math.max(...labels.map((label) => [...label].length))
  const left = Math.ceil(Math.min(280, Math.max(100, longestName * advance + 16)))
  const top = Math.ceil(Math.sin(slant) * longestLabel * advance + 16)
  const gridWidth = documents.length * cell
  const right = Math.max(48, Math.ceil(Math.cos(slant) * longestLabel * advance) + 8)
  const width = left + gridWidth + right
  const height = top + people.length * rowHeight + 8

  const parts: string[] = []

  documents.forEach((document, column) => {
    const x = left + column * cell + cell / 2
    const y = top - 8
    const target = page.ids.get(`document ${document.stem}`)
    const label = `<text class="col" x="${x}" y="${y}" transform="rotate(-50 ${x} ${y})"><title>${escapeHtml(document.stem)}</title>${escapeHtml(labels[column] ?? '')}</text>`
    parts.push(target === undefined ? label : `<a href="#${target}">${label}</a>`)
  })

  people.forEach((person, row) => {
    const y = top + row * rowHeight
    if (row % 2 === 1) parts.push(`<rect class="band" x="0" y="${y}" width="${width}" height="${rowHeight}"/>`)
    const entry = page.ids.get(person.id)
    const label = `<text class="row" x="${left - 8}" y="${y + rowHeight / 2}" dy=".35em">${escapeHtml(person.name)}</text>`
    parts.push(entry === undefined ? label : `<a href="#${entry}">${label}</a>`)
    let count = 0
    documents.forEach((document, column) => {
      const on = person.documents.includes(document.stem)
      if (on) count++
      const title = `${person.name} ${on ? 'is named in' : 'is not named in'} ${document.stem}`
      const rect = `<rect class="${on ? 'on' : 'off'}" x="${left + column * cell + 1}" y="${y + 1}" width="${cell - 2}" height="${rowHeight - 2}" rx="3"><title>${escapeHtml(title)}</title></rect>`
      const target = page.ids.get(`document ${document.stem}`)
      parts.push(on && target !== undefined ? `<a href="#${target}">${rect}</a>` : rect)
    })
    parts.push(`<text class="total" x="${left + gridWidth + 8}" y="${y + rowHeight / 2}" dy=".35em">${count}</text>`)
  })

  const description = `${people.length} people by ${documents.length} documents; a filled cell means the document names the person. A text version follows the chart.`

  return `<section id="chart" class="part" aria-labelledby="chart-heading">
<h2 id="chart-heading">Who appears where</h2>
<p class="lead">People (rows, most documents first) by documents (columns, in stem order). Filled: the document names the person; the number is how many documents do.</p>
<figure class="chart">
<div class="chart-scroll">
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="chart-title chart-desc">
<title id="chart-title">Who appears in which documents</title>
<desc id="chart-desc">${escapeHtml(description)}</desc>
${parts.join('\n')}
</svg>
</div>
<figcaption>
<details class="chart-text">
<summary>The chart as text</summary>
<ul>
${people.map((person) => textRow(page, person, documents.map((document) => document.stem))).join('\n')}
</ul>
</details>
</figcaption>
</figure>
</section>`
}

/**
 * One person of the text alternative.
 *
 * @param page
 *   The page.
 * @param person
 *   Person.
 * @param stems
 *   Stems of the documents of the run.
 * @returns
 *   HTML.
 */
function textRow(page: Readonly<Page>, person: Readonly<PersonEntity>, stems: ReadonlyArray<string>): string {
  const named = stems.filter((stem) => person.documents.includes(stem))
  return `<li${attribute('data-person', person.id)}>${entityLink(page, person.id, person.name)}: named in ${named.length} ${named.length === 1 ? 'document' : 'documents'}${named.length > 0 ? ` (${named.map((stem) => documentLink(page, stem)).join(', ')})` : ''}</li>`
}

/**
 * Shorten a column label.
 *
 * @param value
 *   Stem.
 * @returns
 *   At most `maxColumnLabel` characters.
 */
function shorten(value: string): string {
  const characters = [...value]
  return characters.length <= maxColumnLabel ? value : `${characters.slice(0, maxColumnLabel - 1).join('')}…`
}
