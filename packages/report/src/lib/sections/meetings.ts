import type {MeetingEntity, ParticipantEntity} from '@communique/resolver'
import {attribute, escapeHtml} from '../escape.js'
import {slug} from '../ids.js'
import {countryLink, documentList, entityLink, fact, organizationLink, type Page} from '../page.js'
import {isoDate} from '../util.js'

const columns = ['Participant', 'Chair', 'Post', 'Country', 'Organization', 'Status', 'Sources']

/**
 * The meetings section: one section per meeting (its facts, the documents that report it) with a table of
 * its participants, one row per participant (`data-person` = the person's IRI), the chair first.
 *
 * @param page
 *   The page.
 * @returns
 *   HTML.
 */
export function meetingsSection(page: Readonly<Page>): string {
  const meetings = page.corpus.meetings
  const body =
    meetings.length === 0
      ? '<p class="none">No meeting is reported.</p>'
      : meetings.map((meeting) => meetingSection(page, meeting)).join('\n')
  return `<section id="meetings" class="part" aria-labelledby="meetings-title">
<h2 id="meetings-title">Meetings and participants</h2>
<p class="lead">${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}, with the people the documents state took part.</p>
${body}
</section>`
}

/**
 * One meeting.
 *
 * @param page
 *   The page.
 * @param meeting
 *   Meeting.
 * @returns
 *   HTML.
 */
function meetingSection(page: Readonly<Page>, meeting: Readonly<MeetingEntity>): string {
  const id = page.ids.get(meeting.id)
  const place = meeting.location === null ? undefined : page.lookup.places.get(meeting.location)
  const date = meeting.startDate
  const facts = [
    fact('Date', date === null ? '<span class="none">not given</span>' : `<time${attribute('datetime', isoDate(date) ? date : undefined)}>${escapeHtml(date)}</time>`),
    fact('Kind', escapeHtml(meeting.kind)),
    fact('Organization', meeting.organization === null ? '' : organizationLink(page, meeting.organization)),
    fact('Body', meeting.organizer === null || meeting.organizer === meeting.organization ? '' : organizationLink(page, meeting.organizer)),
    fact('Mode', meeting.mode === null ? '' : escapeHtml(meeting.mode)),
    fact('Place', place ? escapeHtml(place.name) : meeting.location === null ? '' : `<code>${escapeHtml(meeting.location)}</code>`),
    fact('Reported by', documentList(page, meeting.reportedBy)),
    fact(
      'Also called',
      meeting.alternateNames.length === 0
        ? ''
        : `<ul class="names">${meeting.alternateNames.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`
    )
  ].join('')

  const participants = [...meeting.participants].sort((a, b) => Number(b.chair) - Number(a.chair))
  const table =
    participants.length === 0
      ? '<p class="none">The documents name no participant.</p>'
      : `<div class="table-wrap"><table class="participants"${attribute('data-meeting', meeting.id)}>
<caption>Participants (${participants.length})</caption>
<thead><tr>${columns.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead>
<tbody>
${participants.map((participant) => participantRow(page, participant)).join('\n')}
</tbody>
</table></div>`

  return `<section class="meeting"${attribute('id', id)}${attribute('data-meeting', meeting.id)}${attribute('data-date', date)}>
<h3>${escapeHtml(meeting.name)}</h3>
<dl class="facts">${facts}</dl>
${table}
</section>`
}

/**
 * One participant.
 *
 * @param page
 *   The page.
 * @param participant
 *   Participant.
 * @returns
 *   HTML.
 */
function participantRow(page: Readonly<Page>, participant: Readonly<ParticipantEntity>): string {
  const person = page.lookup.people.get(participant.person)
  const name = person ? entityLink(page, person.id, person.name) : `<code>${escapeHtml(participant.person)}</code>`
  const sources = participant.sources.map((file) => {
    const document = page.lookup.documentsByFile.get(file)
    return document ? document.stem : undefined
  })
  const unknown = participant.sources.filter((_, index) => sources[index] === undefined)
  const known = sources.filter((stem): stem is string => stem !== undefined)
  const status = participant.status
  const cells = [
    `<th scope="row" class="name">${name}</th>`,
    `<td class="chair">${participant.chair ? '<span class="badge badge-chair" title="Chaired the meeting">Chair</span>' : ''}</td>`,
    `<td class="post">${participant.role === null ? '<span class="none">—</span>' : escapeHtml(participant.role)}</td>`,
    `<td class="country">${participant.country === null ? '<span class="none">—</span>' : countryLink(page, participant.country)}</td>`,
    `<td class="organization">${participant.organization === null ? '<span class="none">—</span>' : organizationLink(page, participant.organization)}</td>`,
    `<td class="status">${status === null ? '<span class="none">—</span>' : `<span class="badge status-${slug(status) || 'other'}">${escapeHtml(status)}</span>`}</td>`,
    `<td class="sources">${known.length === 0 && unknown.length > 0 ? '' : documentList(page, known)}${unknown.map((file) => ` <code>${escapeHtml(file)}</code>`).join('')}</td>`
  ]
  return `<tr${attribute('data-person', participant.person)}${participant.chair ? ' class="is-chair"' : ''}>${cells.join('')}</tr>`
}
