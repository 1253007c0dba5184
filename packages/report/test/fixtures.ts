// Small hand-built inputs: a tree with one node of every type, and a corpus around it. `hostile` puts
// markup, quotes and CDATA ends in every string that reaches the page.
import type {BoilerplateReason, Document, Nodes} from '@communique/doctree'
import type {Corpus} from '@communique/resolver'
import type {ReportDocument, ReportInput} from '../src/index.js'

export const script = '<script>alert(1)</script>'
export const handler = '" onmouseover="alert(2)'
export const cdata = ']]><![CDATA[x]]>'
export const hostileText = `${script} & ${handler} ${cdata} <!-- -->`

const base = 'https://example.org/communique/id/'

/**
 * A small input: one document with one node of every type, and a corpus that resolves its mentions.
 *
 * @param value
 *   The text put in every string field (default: plain words).
 * @param stem
 *   The document's stem (default: `001_sample`).
 * @returns
 *   The input of `toHtml`.
 */
export function sampleInput(value = 'Sample', stem = '001_sample'): ReportInput & {documents: ReportDocument[]} {
  const file = `${stem}.txt`
  const personIri = `${base}person/jane-doe`
  const organizationIri = `${base}org/${value}`
  const countryIri = `${base}country/fr`
  const meetingIri = `${base}event/${value}`

  const tree: Document = {
    type: 'document',
    kind: 'news',
    date: '2022-01-11',
    title: `Title ${value}`,
    dateline: `Dateline ${value}`,
    publisher: `Publisher ${value}`,
    people: [{entity: 'p1', name: `Jane ${value}`, variants: [value], honorific: null, roles: []}],
    meeting: null,
    children: [
      {type: 'stamp', date: '2022-01-11', value: `date 2022-01-11 ${value}`},
      {type: 'heading', role: 'title', children: [{type: 'text', value: `Heading ${value}`}]},
      {type: 'standfirst', children: [{type: 'text', value: `Standfirst ${value}`}]},
      {
        type: 'paragraph',
        children: [
          {
            type: 'dateline',
            place: value,
            children: [
              {type: 'place', name: value, country: 'FR', children: [{type: 'text', value: `Place ${value}`}]},
              {type: 'text', value: ' ('},
              {type: 'agency', name: value, children: [{type: 'text', value: `Agency ${value}`}]},
              {type: 'text', value: ') – '}
            ]
          },
          {type: 'label', value: `Label ${value}:`},
          {type: 'text', value: ` Text ${value} `},
          {type: 'honorific', value: `Hon. ${value}`},
          {type: 'person', entity: 'p1', name: `Jane ${value}`, children: [{type: 'text', value: `Jane ${value}`}]},
          {type: 'text', value: ', '},
          {
            type: 'role',
            function: `Minister ${value}`,
            country: 'FR',
            organization: null,
            holder: 'p1',
            children: [
              {type: 'text', value: `Minister ${value} of `},
              {type: 'country', code: 'FR', form: 'name', children: [{type: 'text', value: `France ${value}`}]}
            ]
          },
          {type: 'text', value: ', said: “'},
          {
            type: 'quote',
            open: '“',
            close: '”',
            continued: false,
            speaker: 'p1',
            children: [
              {type: 'text', value: `Quoted ${value} `},
              {
                type: 'organization',
                name: value,
                acronym: null,
                parent: null,
                children: [
                  {type: 'text', value: `Organization ${value} of `},
                  {type: 'country', code: 'FR', form: 'name', children: [{type: 'text', value: 'France'}]}
                ]
              }
            ]
          },
          {type: 'text', value: '” on '},
          {type: 'date', value: '2022-01-11', precision: 'day', relative: false, children: [{type: 'text', value: `Date ${value}`}]},
          {type: 'text', value: ', citing '},
          {type: 'citation', title: value, date: null, children: [{type: 'text', value: `Citation ${value}`}]},
          {type: 'text', value: '.'}
        ]
      },
      {type: 'boilerplate', reason: value as BoilerplateReason, children: [{type: 'text', value: `Boilerplate ${value}`}]},
      {type: 'venue', place: value, date: null, children: [{type: 'text', value: `Venue ${value}`}]},
      {type: 'salutation', children: [{type: 'text', value: `Salutation ${value}`}]},
      {
        type: 'preamble',
        children: [
          {type: 'recital', opener: value, children: [{type: 'text', value: `Recital ${value}`}]},
          {type: 'formula', children: [{type: 'text', value: `Formula ${value}`}]}
        ]
      },
      {
        type: 'operative',
        children: [
          {
            type: 'clause',
            marker: 'number',
            num: `1${value}.`,
            children: [
              {type: 'paragraph', children: [{type: 'text', value: `Clause ${value}`}]},
              {type: 'point', marker: 'bullet', num: null, children: [{type: 'paragraph', children: [{type: 'text', value: `Point ${value}`}]}]}
            ]
          }
        ]
      },
      {type: 'closing', children: [{type: 'text', value: `Closing ${value}`}]},
      {
        type: 'signature',
        label: value,
        name: `Jane ${value}`,
        role: value,
        children: [
          {type: 'text', value: `Signed ${value}\n`},
          {type: 'person', entity: 'p1', name: `Jane ${value}`, children: [{type: 'text', value: `Jane ${value}`}]}
        ]
      }
    ]
  }

  const corpus: Corpus = {
    base,
    documents: [
      {
        id: `${base}source/${value}`,
        stem,
        file,
        kind: 'news',
        date: '2022-01-11',
        title: tree.title,
        dateline: tree.dateline,
        publisher: tree.publisher,
        mentions: [personIri, organizationIri, countryIri],
        citations: [],
        meeting: meetingIri
      }
    ],
    people: [
      {
        id: personIri,
        name: `Jane ${value}`,
        alternateNames: [`Doe ${value}`],
        honorific: value,
        posts: [
          {
            id: `${base}role/jane-doe-minister`,
            name: `Minister ${value} of France`,
            roleName: `Minister ${value}`,
            country: 'FR',
            organization: organizationIri,
            sources: [stem]
          }
        ],
        sameAs: `https://www.wikidata.org/entity/Q1?${value}`,
        documents: [stem]
      }
    ],
    organizations: [
      {
        id: organizationIri,
        name: `Organization ${value}`,
        acronym: value,
        alternateNames: [`Other ${value}`],
        parent: null,
        knowledgeId: null,
        sameAs: `javascript:alert(${JSON.stringify(value)})`,
        members: [{country: 'FR', status: value, since: value, until: null, source: value}],
        documents: [stem]
      }
    ],
    countries: [{id: countryIri, code: 'FR', name: `France ${value}`, sameAs: null, documents: [stem]}],
    places: [{id: `${base}place/${value}`, name: `Place ${value}`, country: 'FR', documents: [stem]}],
    meetings: [
      {
        id: meetingIri,
        name: `Meeting ${value}`,
        alternateNames: [`Other meeting ${value}`],
        startDate: '2022-01-11',
        kind: 'meeting',
        organization: organizationIri,
        organizer: null,
        mode: 'online',
        location: `${base}place/${value}`,
        participants: [
          {
            id: `${meetingIri}/attendance/jane-doe`,
            person: personIri,
            chair: true,
            role: `Minister ${value}`,
            roleName: `Minister ${value}`,
            country: 'FR',
            organization: organizationIri,
            status: value as 'member',
            sources: [file, `missing ${value}.txt`]
          }
        ],
        reportedBy: [stem],
        recordedIn: []
      }
    ],
    quotations: [{id: `${base}source/${value}/quotation/1`, text: `Quoted ${value}`, creator: personIri, document: stem}],
    citations: [{id: `${base}work/${value}`, title: value, date: null, matches: stem, documents: [stem]}],
    personIndex: {[stem]: {p1: personIri}},
    organizationIndex: {[stem]: {[value]: organizationIri}}
  }

  return {corpus, documents: [{stem, file, tree}], title: `Report ${value}`}
}

/**
 * Wrap nodes in a document of the sample input.
 *
 * @param children
 *   Blocks (may include nodes of unknown types).
 * @returns
 *   The input of `toHtml`.
 */
export function inputWith(children: unknown[]): ReportInput {
  const input = sampleInput()
  const document = input.documents[0]!
  return {...input, documents: [{...document, tree: {...document.tree, children: children as Document['children']}}]}
}

/** A node of no known type, typed as a node so that it can be put in a tree. */
export function unknownNode(type: string, extra?: Record<string, unknown>): Nodes {
  return {type, ...extra} as unknown as Nodes
}
