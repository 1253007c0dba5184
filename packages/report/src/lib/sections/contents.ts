import {escapeHtml} from '../escape.js'
import {mentionKinds, type MentionKind} from '../mention.js'
import {breakable, type Page} from '../page.js'

const legendLabels: Readonly<Record<MentionKind, string>> = {
  person: 'Person',
  role: 'Post',
  country: 'Country',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  citation: 'Citation',
  quote: 'Quotation'
}

/**
 * The sidebar: the legend of the highlights, then the table of contents.
 *
 * @param page
 *   The page.
 * @returns
 *   HTML.
 */
export function sidebar(page: Readonly<Page>): string {
  const meetings = page.corpus.meetings
    .map((meeting) => {
      const id = page.ids.get(meeting.id)
      const label = `${meeting.startDate ?? 'undated'} · ${meeting.name}`
      return id === undefined ? '' : `<li><a href="#${id}">${escapeHtml(label)}</a></li>`
    })
    .join('')
  const documents = page.lookup.documents
    .map((document) => {
      const id = page.ids.get(`document ${document.stem}`)
      return id === undefined
        ? ''
        : `<li><a href="#${id}"><code>${breakable(document.stem)}</code></a></li>`
    })
    .join('')

  const legend = `<section id="legend" aria-labelledby="legend-title">
<h2 id="legend-title">Legend</h2>
<ul class="legend">
${mentionKinds.map((kind) => `<li><span class="key m-${kind}">${legendLabels[kind]}</span></li>`).join('\n')}
</ul>
<p class="hint">Highlighted people, organizations and countries link to their entries; a quotation ends with its speaker.</p>
</section>`

  return `<aside class="sidebar">
${legend}
<nav id="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol class="toc">
<li><a href="#meetings">Meetings and participants</a> <span class="count">${page.corpus.meetings.length}</span><ol>${meetings}</ol></li>
<li><a href="#documents">Documents</a> <span class="count">${page.lookup.documents.length}</span><ol class="toc-docs">${documents}</ol></li>
<li><a href="#people">People</a> <span class="count">${page.corpus.people.length}</span></li>
<li><a href="#organizations">Organizations</a> <span class="count">${page.corpus.organizations.length}</span></li>
<li><a href="#countries">Countries</a> <span class="count">${page.corpus.countries.length}</span></li>
<li><a href="#chart">Who appears where</a></li>
</ol>
</nav>
</aside>`
}
