import {createHash} from 'node:crypto'
import {escapeHtml} from './escape.js'
import {createIds} from './ids.js'
import {createLookup} from './lookup.js'
import type {Page} from './page.js'
import {chartSection} from './sections/chart.js'
import {sidebar} from './sections/contents.js'
import {countriesSection} from './sections/countries.js'
import {documentsSection} from './sections/documents.js'
import {meetingsSection} from './sections/meetings.js'
import {organizationsSection} from './sections/organizations.js'
import {peopleSection} from './sections/people.js'
import {styleSheet} from './style.js'
import type {ReportInput} from './types.js'

/** Ids the page uses for its own parts; entries never take them. */
const reserved = [
  'top',
  'main',
  'contents',
  'contents-title',
  'legend',
  'legend-title',
  'meetings',
  'meetings-title',
  'documents',
  'documents-title',
  'people',
  'people-title',
  'organizations',
  'organizations-title',
  'countries',
  'countries-title',
  'chart',
  'chart-heading',
  'chart-title',
  'chart-desc'
]

const defaultTitle = 'Communiqué report'

/**
 * Render a run as one static, self-contained HTML page.
 *
 * The page has a header and a table of contents with a legend; the meetings, each with a table of its
 * participants (`table.participants`, one `tr[data-person]` per participant); every document in stem order,
 * its text rendered from its tree block by block, with people, posts, countries, organizations, places,
 * dates, cited documents and quotations highlighted (`<mark class="m-person">` …) and linked to their
 * entries; indexes of people, organizations and countries; and a chart of who appears in which documents.
 *
 * All text from the input is escaped. The page loads nothing: no scripts, fonts, images or style sheets
 * from elsewhere; its only style sheet is inline and allowed by hash in a Content-Security-Policy that
 * forbids everything else. The same input always gives the same string.
 *
 * @param input
 *   The resolved corpus, the documents of the run with their trees, and a title (optional, default:
 *   `'Communiqué report'`).
 * @returns
 *   The page, an HTML document (UTF-8, `<!doctype html>`).
 * @throws {Error}
 *   When a tree holds a node of unknown type: “Cannot render unknown node `x`”; when two documents share a stem.
 * @example
 *   import {writeFileSync} from 'node:fs'
 *   import {resolve} from '@communique/resolver'
 *   import {toHtml} from '@communique/report'
 *
 *   writeFileSync('report.html', toHtml({corpus: resolve(documents), documents}))
 */
export function toHtml(input: Readonly<ReportInput>): string {
  const corpus = input.corpus
  const lookup = createLookup(corpus, input.documents)
  const ids = createIds(corpus.base, reserved)

  // Entries get their ids first, so every link can find its target.
  for (const person of corpus.people) ids.add(person.id, person.id)
  for (const organization of corpus.organizations) ids.add(organization.id, organization.id)
  for (const country of corpus.countries) ids.add(country.id, country.id)
  for (const meeting of corpus.meetings) ids.add(meeting.id, meeting.id)
  for (const document of lookup.documents) ids.add(`document ${document.stem}`, `doc-${document.stem}`)

  const page: Page = {corpus, lookup, ids}
  const title = typeof input.title === 'string' && input.title.trim() !== '' ? input.title : defaultTitle
  const hash = createHash('sha256').update(styleSheet, 'utf8').digest('base64')
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    "script-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')

  const counts: Array<[number, string, string]> = [
    [lookup.documents.length, 'document', 'documents'],
    [corpus.meetings.length, 'meeting', 'meetings'],
    [corpus.people.length, 'person', 'people'],
    [corpus.organizations.length, 'organization', 'organizations'],
    [corpus.countries.length, 'country', 'countries'],
    [corpus.quotations.length, 'quotation', 'quotations']
  ]

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@communique/report">
<title>${escapeHtml(title)}</title>
<style>${styleSheet}</style>
</head>
<body>
<header id="top" class="page-header">
<h1>${escapeHtml(title)}</h1>
<p>Diplomatic documents with the people, posts, countries, organizations, places, dates and quotations they contain, resolved across documents.</p>
<ul class="summary">${counts.map(([count, one, many]) => `<li><strong>${count}</strong> ${count === 1 ? one : many}</li>`).join('')}</ul>
</header>
<div class="layout">
${sidebar(page)}
<main id="main">
${meetingsSection(page)}
${documentsSection(page)}
${peopleSection(page)}
${organizationsSection(page)}
${countriesSection(page)}
${chartSection(page)}
</main>
</div>
<footer class="page-footer"><p>Made by <code>@communique/report</code>. This page loads nothing from the network.</p></footer>
</body>
</html>
`
}
