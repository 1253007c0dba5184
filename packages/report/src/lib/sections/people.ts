import type {PersonEntity, PostEntity} from '@communique/resolver'
import {attribute, escapeHtml} from '../escape.js'
import {countryLink, documentList, entityLink, fact, organizationLink, type Page} from '../page.js'
import {externalLink, namesList} from './shared.js'

/**
 * The index of people: each person's canonical name, every other spelling, posts, the meetings they took
 * part in and the documents that name them; each entry's id comes from the person's IRI.
 *
 * @param page
 *   The page.
 * @returns
 *   HTML.
 */
export function peopleSection(page: Readonly<Page>): string {
  const people = page.corpus.people
  return `<section id="people" class="part" aria-labelledby="people-title">
<h2 id="people-title">People</h2>
<p class="lead">${people.length} ${people.length === 1 ? 'person' : 'people'}, resolved across documents.</p>
<ol class="entries">
${people.map((person) => personEntry(page, person)).join('\n')}
</ol>
</section>`
}

/**
 * One person.
 *
 * @param page
 *   The page.
 * @param person
 *   Person.
 * @returns
 *   HTML.
 */
function personEntry(page: Readonly<Page>, person: Readonly<PersonEntity>): string {
  const meetings = page.corpus.meetings.filter((meeting) =>
    meeting.participants.some((participant) => participant.person === person.id)
  )
  const facts = [
    fact('Also written', namesList(person.alternateNames)),
    fact('Posts', person.posts.length === 0 ? '' : `<ul class="posts">${person.posts.map((post) => postItem(page, post)).join('')}</ul>`),
    fact('Took part in', meetings.length === 0 ? '' : `<ul class="refs">${meetings.map((meeting) => `<li>${entityLink(page, meeting.id, meeting.startDate ? `${meeting.name} (${meeting.startDate})` : meeting.name)}</li>`).join('')}</ul>`),
    fact('Named in', documentList(page, person.documents)),
    fact('Same as', externalLink(person.sameAs))
  ].join('')
  return `<li class="entry person"${attribute('id', page.ids.get(person.id))}${attribute('data-iri', person.id)}>
<h3>${escapeHtml(person.name)}${person.honorific ? ` <span class="honorific">${escapeHtml(person.honorific)}</span>` : ''}</h3>
<p class="iri"><code>${escapeHtml(person.id)}</code></p>
<dl class="facts">${facts}</dl>
</li>`
}

/**
 * One post.
 *
 * @param page
 *   The page.
 * @param post
 *   Post.
 * @returns
 *   HTML.
 */
function postItem(page: Readonly<Page>, post: Readonly<PostEntity>): string {
  const serves = [
    post.country === null ? '' : countryLink(page, post.country),
    post.organization === null ? '' : organizationLink(page, post.organization)
  ].filter(Boolean)
  return `<li><span class="post">${escapeHtml(post.name)}</span>${serves.length > 0 ? ` <span class="serves">(${serves.join(', ')})</span>` : ''}</li>`
}
