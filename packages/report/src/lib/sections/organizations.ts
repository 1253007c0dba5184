import type {OrganizationEntity} from '@communique/resolver'
import {attribute, escapeHtml} from '../escape.js'
import {countryLink, documentList, fact, organizationLink, type Page} from '../page.js'
import {externalLink, namesList} from './shared.js'

/**
 * The index of organizations: name, acronym, other names, the organization it is a body of, its members
 * (from the knowledge files) and the documents that name it; each entry's id comes from its IRI.
 *
 * @param page
 *   The page.
 * @returns
 *   HTML.
 */
export function organizationsSection(page: Readonly<Page>): string {
  const organizations = page.corpus.organizations
  return `<section id="organizations" class="part" aria-labelledby="organizations-title">
<h2 id="organizations-title">Organizations</h2>
<p class="lead">${organizations.length} ${organizations.length === 1 ? 'organization or body' : 'organizations and bodies'}.</p>
<ol class="entries">
${organizations.map((organization) => organizationEntry(page, organization)).join('\n')}
</ol>
</section>`
}

/**
 * One organization.
 *
 * @param page
 *   The page.
 * @param organization
 *   Organization.
 * @returns
 *   HTML.
 */
function organizationEntry(page: Readonly<Page>, organization: Readonly<OrganizationEntity>): string {
  const members = organization.members
  const facts = [
    fact('Also called', namesList(organization.alternateNames)),
    fact('Body of', organization.parent === null ? '' : organizationLink(page, organization.parent)),
    fact(
      'States',
      members.length === 0
        ? ''
        : `<ul class="members">${members
            .map(
              (member) =>
                `<li>${countryLink(page, member.country)} <span class="status">${escapeHtml(member.status)}${member.since ? ` since ${escapeHtml(member.since)}` : ''}${member.until ? ` until ${escapeHtml(member.until)}` : ''}</span></li>`
            )
            .join('')}</ul>`
    ),
    fact('Named in', documentList(page, organization.documents)),
    fact('Same as', externalLink(organization.sameAs))
  ].join('')
  return `<li class="entry organization"${attribute('id', page.ids.get(organization.id))}${attribute('data-iri', organization.id)}>
<h3>${escapeHtml(organization.name)}${organization.acronym ? ` <span class="acronym">${escapeHtml(organization.acronym)}</span>` : ''}</h3>
<p class="iri"><code>${escapeHtml(organization.id)}</code></p>
<dl class="facts">${facts}</dl>
</li>`
}
