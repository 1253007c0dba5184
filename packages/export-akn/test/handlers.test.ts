// One handler per node type: small trees, one behaviour each.
import {document, text, type Document, type FlowContent, type PhrasingContent} from '@communique/doctree'
import {checkReferences, toAkn, validateAkn} from '@communique/export-akn'
import type {Element} from '@xmldom/xmldom'
import {describe, expect, it} from 'vitest'
import {childElements, markupDate, parseXml, select, textOf} from './helpers.js'

const paragraph = (...children: PhrasingContent[]): FlowContent => ({type: 'paragraph', children})
const clause = (num: string | null, ...children: PhrasingContent[]) => ({type: 'clause' as const, marker: num ? ('number' as const) : ('bullet' as const), num, children: [{type: 'paragraph' as const, children}]})

/**
 * A statement with a title, the given blocks, and one operative clause unless blocks bring their own.
 *
 * @param blocks
 *   Blocks after the title.
 * @returns
 *   The tree.
 */
function statement(...blocks: FlowContent[]): Document {
  const tree = document('statement', [{type: 'heading', role: 'title', children: [text('Statement on testing')]}, ...blocks])
  tree.title = 'Statement on testing'
  if (!blocks.some((block) => block.type === 'operative')) tree.children.push({type: 'operative', children: [clause('1.', text('Agreed.'))]})
  return tree
}

/**
 * Export, check validity and references, and parse.
 *
 * @param tree
 *   Tree.
 * @param options
 *   Extra options.
 * @returns
 *   The root element.
 */
async function exported(tree: Document, options: Record<string, unknown> = {}): Promise<Element> {
  const xml = toAkn(tree, {stem: 'test', markupDate, ...options})
  expect(await validateAkn(xml)).toEqual([])
  expect(checkReferences(xml)).toEqual([])
  return parseXml(xml)
}

/**
 * A new mention of Jane Roe (`p1`).
 *
 * @returns
 *   The person mention.
 */
function janeRoe(): PhrasingContent {
  return {type: 'person', entity: 'p1', name: 'Jane Roe', children: [text('Jane Roe')]}
}

const attributes = (element: Element | undefined) => Object.fromEntries(Array.from(element?.attributes ?? []).map((attribute) => [attribute.name, attribute.value]))

describe('date', () => {
  it('should mark a full date with `date`', async () => {
    const root = await exported(statement(paragraph(text('On '), {type: 'date', value: '2022-01-11', precision: 'day', relative: false, children: [text('11 January 2022')]})))
    expect(attributes(select(root, 'date')[0])).toMatchObject({date: '2022-01-11'})
  })

  it('should leave a year, a month, a week or an unresolved date as plain text', async () => {
    const dates: PhrasingContent[] = [
      {type: 'date', value: '2020', precision: 'year', relative: false, children: [text('in 2020')]},
      {type: 'date', value: '2023-05', precision: 'month', relative: false, children: [text('May of 2023')]},
      {type: 'date', value: '2022-W01', precision: 'week', relative: true, children: [text('last week')]},
      {type: 'date', value: null, precision: 'day', relative: true, children: [text('today')]}
    ]
    const root = await exported(statement(paragraph(...dates.flatMap((date) => [date, text(', ')]))))
    expect(select(root, 'date')).toHaveLength(0)
    expect(textOf(select(root, 'container')[0]!)).toBe('in 2020, May of 2023, last week, today,')
  })

  it('should mark the date of a speech’s venue line as `docDate`', async () => {
    const tree = document('speech', [
      {type: 'venue', place: 'Geneva', date: '2024-03-04', children: [{type: 'place', name: 'Geneva', country: null, children: [text('Geneva')]}, text(', '), {type: 'date', value: '2024-03-04', precision: 'day', relative: false, children: [text('4 March 2024')]}]},
      paragraph(text('Hello.'))
    ])
    const root = await exported(tree)
    expect(attributes(select(root, 'docDate')[0])).toMatchObject({date: '2024-03-04'})
    expect(select(root, 'location')[0]?.parentNode?.nodeName).toBe('p')
  })
})

describe('mentions', () => {
  it('should mark a person `as` the post a role mention of the same block gives them', async () => {
    const tree = statement(
      paragraph(
        {type: 'person', entity: 'p1', name: 'Jane Roe', children: [text('Jane Roe')]},
        text(', '),
        {type: 'role', function: 'Minister of Foreign Affairs', country: 'PT', organization: null, holder: 'p1', children: [text('Minister of Foreign Affairs of Portugal')]}
      )
    )
    tree.people = [{entity: 'p1', name: 'Jane Roe', variants: [], honorific: null, roles: [{post: 'Minister of Foreign Affairs of Portugal', function: 'Minister of Foreign Affairs', country: 'PT', organization: null}]}]
    const root = await exported(tree)
    const role = select(root, 'TLCRole').find((element) => element.getAttribute('showAs') === 'Minister of Foreign Affairs of Portugal')
    expect(role?.getAttribute('href')).toBe('/akn/ontology/role/pt/minister-of-foreign-affairs')
    expect(attributes(select(root, 'person')[0])).toMatchObject({refersTo: '#janeRoe', as: `#${role?.getAttribute('eId')}`})
    expect(attributes(select(root, 'TLCPerson')[0])).toMatchObject({eId: 'janeRoe', href: '/akn/ontology/person/jane-roe', showAs: 'Jane Roe'})
  })

  it('should take canonical names and IRIs from the `people` option', async () => {
    const tree = statement(paragraph({type: 'person', entity: 'p1', name: 'ROE', children: [text('ROE')]}))
    tree.people = [{entity: 'p1', name: 'ROE', variants: [], honorific: null, roles: []}]
    const root = await exported(tree, {people: {p1: {id: 'https://example.org/id/person/jane-roe-2', name: 'Jane Róe'}}})
    expect(attributes(select(root, 'TLCPerson')[0])).toMatchObject({href: '/akn/ontology/person/jane-roe-2', showAs: 'Jane Róe'})
    expect(select(root, 'person')[0]?.getAttribute('as')).toBeNull()
  })

  it('should mark `chair` a person the meeting record says chaired, where the text says so', async () => {
    const tree = statement(paragraph(text('The meeting was chaired by '), {type: 'honorific', value: 'H.E.'}, text(' '), janeRoe(), text(' and opened by '), janeRoe()))
    tree.meeting = {name: 'meeting', organization: null, body: null, kind: 'meeting', date: null, mode: null, place: null, participants: [{entity: 'p1', chair: true, basis: 'chaired', role: null}]}
    tree.people = [{entity: 'p1', name: 'Jane Roe', variants: [], honorific: 'H.E.', roles: []}]
    const root = await exported(tree)
    expect(select(root, 'person').map((element) => element.getAttribute('as'))).toEqual(['#chair', null])
    expect(select(root, 'TLCRole').map((element) => element.getAttribute('eId'))).toContain('chair')
  })

  it('should read a bare post as the fuller post its holder has in the document', async () => {
    const tree = statement(paragraph({type: 'role', function: 'President', country: null, organization: null, holder: 'p1', children: [text('President')]}, text(' '), {type: 'person', entity: 'p1', name: 'Ann Doe', children: [text('Ann Doe')]}))
    tree.people = [{entity: 'p1', name: 'Ann Doe', variants: [], honorific: null, roles: [{post: 'President of Ruritania', function: 'President', country: 'RU', organization: null}]}]
    const root = await exported(tree)
    expect(select(root, 'TLCRole').map((element) => [element.getAttribute('href'), element.getAttribute('showAs')])).toContainEqual(['/akn/ontology/role/ru/president', 'President of Ruritania'])
  })

  it('should mark countries and places as `location`', async () => {
    const root = await exported(statement(paragraph({type: 'country', code: 'KZ', form: 'name', children: [text('Kazakhstan')]}, text(' and '), {type: 'place', name: 'Almaty', country: 'KZ', children: [text('Almaty')]})))
    expect(select(root, 'location').map((element) => element.getAttribute('refersTo'))).toEqual(['#kazakhstan', '#almaty'])
    expect(select(root, 'TLCLocation').map((element) => element.getAttribute('href'))).toEqual(['/akn/ontology/location/kz', '/akn/ontology/location/kz/almaty'])
  })

  it('should take an organization’s codes and name from the knowledge files, and others as written', async () => {
    const root = await exported(
      statement(
        paragraph(
          {type: 'organization', name: 'Council of Foreign Ministers of the Organization of Turkic States', acronym: null, parent: 'Organization of Turkic States', children: [text('Council of Foreign Ministers')]},
          text(', '),
          {type: 'organization', name: 'Lakeside Forum', acronym: 'LF', parent: null, children: [text('LF')]}
        )
      ),
      {organizations: {'Lakeside Forum': {id: 'https://example.org/id/org/lakeside', name: 'The Lakeside Forum'}}}
    )
    expect(select(root, 'TLCOrganization').map(attributes)).toEqual([
      {eId: 'communique', href: '/akn/ontology/organization/communique', showAs: 'Communique (markup)'},
      {eId: 'unknownOffice', href: '/akn/ontology/organization/xx/unknown', showAs: 'Unknown issuing body'},
      {eId: 'otsCfm', href: '/akn/ontology/organization/xx-ots/ots-cfm', showAs: 'Council of Foreign Ministers of the Organization of Turkic States', shortForm: 'CFM'},
      {eId: 'theLakesideForum', href: '/akn/ontology/organization/lakeside', showAs: 'The Lakeside Forum', shortForm: 'LF'}
    ])
  })

  it('should mark a cited document as `ref` to a constructed work IRI, keeping its mentions', async () => {
    const root = await exported(
      statement(
        paragraph(text('Recalling the '), {
          type: 'citation',
          title: 'Charter of the United Nations',
          date: '1945',
          children: [text('Charter of the '), {type: 'organization', name: 'United Nations', acronym: 'UN', parent: null, children: [text('United Nations')]}]
        })
      )
    )
    const ref = select(root, 'ref')[0]!
    // A year is padded to its first day; a name that is only the kind of document is numbered `nn`.
    expect(ref.getAttribute('href')).toBe('/akn/un/act/charter/un/1945-01-01/nn')
    expect(select(ref, 'organization')).toHaveLength(1)
  })

  it('should mark quotes, honorifics, labels, agencies and datelines as named `inline`s', async () => {
    const root = await exported(
      statement(
        paragraph(
          {type: 'label', value: 'CHAIR:'},
          text(' “'),
          {type: 'quote', open: '“', close: '”', continued: false, speaker: null, children: [text('Yes')]},
          text('” said '),
          {type: 'honorific', value: 'Mr.'},
          text(' X, '),
          {type: 'dateline', place: 'BAKU', children: [text('BAKU')]},
          text(' '),
          {type: 'agency', name: 'Trend', children: [text('Trend')]}
        )
      )
    )
    expect(select(root, 'inline').map((element) => [element.getAttribute('name'), textOf(element)])).toEqual([
      ['speakerLabel', 'CHAIR:'],
      ['quote', 'Yes'],
      ['honorific', 'Mr.'],
      ['dateline', 'BAKU'],
      ['agency', 'Trend']
    ])
    expect(select(root, 'inline').every((element) => !element.hasAttribute('eId'))).toBe(true)
  })
})

describe('statement layout', () => {
  it('should number clauses by their printed numbers, `nn` when unnumbered, and keep duplicates apart', async () => {
    const tree = statement({type: 'operative', children: [clause('1.', text('a')), clause('1.', text('b')), clause(null, text('c')), clause('(a)', text('d')), clause(null, text('e'))]})
    const root = await exported(tree)
    const paragraphs = childElements(select(root, 'mainBody')[0]!, 'paragraph')
    expect(paragraphs.map((element) => element.getAttribute('eId'))).toEqual(['para_1', 'para_1_2', 'para_nn_1', 'para_a', 'para_nn_2'])
    expect(paragraphs.map((element) => childElements(element, 'num').length)).toEqual([1, 1, 0, 1, 0])
    expect(select(root, 'content').map((element) => element.getAttribute('eId'))).toContain('para_1_2__content')
    expect(select(root, 'p').map((element) => element.getAttribute('eId'))).toContain('para_a__p_1')
  })

  it('should put sub-points in a `list`, with the chapeau as `intro`', async () => {
    const tree = statement({
      type: 'operative',
      children: [
        {
          type: 'clause',
          marker: 'number',
          num: '1.',
          children: [
            paragraph(text('To act:')) as never,
            {type: 'point', marker: 'number', num: '(a)', children: [paragraph(text('at once;')) as never]},
            paragraph(text('and between;')) as never,
            {type: 'point', marker: 'bullet', num: null, children: [paragraph(text('later.')) as never]},
            paragraph(text('Done.')) as never
          ]
        }
      ]
    })
    const root = await exported(tree)
    const list = select(root, 'list')[0]!
    expect(childElements(list).map((element) => [element.localName, element.getAttribute('eId')])).toEqual([
      ['intro', 'para_1__list_nn_1__intro'],
      ['point', 'para_1__list_nn_1__point_a'],
      ['hcontainer', 'para_1__list_nn_1__hcontainer_1'],
      ['point', 'para_1__list_nn_1__point_nn_1'],
      ['wrapUp', 'para_1__list_nn_1__wrapup']
    ])
  })

  it('should put recitals in `recitals` and the formula in `formula`, in the printed order', async () => {
    const root = await exported(
      statement({
        type: 'preamble',
        children: [
          {type: 'formula', children: [text('The Assembly,')]},
          {type: 'recital', opener: 'Recalling', children: [text('Recalling X,')]},
          {type: 'recital', opener: 'Noting', children: [text('Noting Y,')]}
        ]
      })
    )
    expect(childElements(select(root, 'preamble')[0]!).map((element) => [element.localName, element.getAttribute('eId')])).toEqual([
      ['formula', 'preamble__formula_1'],
      ['recitals', 'preamble__recs_1']
    ])
    expect(select(root, 'recital').map((element) => element.getAttribute('eId'))).toEqual(['preamble__recs_1__rec_1', 'preamble__recs_1__rec_2'])
  })

  it('should give a statement without operative part a `mainBody` of its paragraphs', async () => {
    const tree = document('statement', [{type: 'heading', role: 'title', children: [text('Message')]}, paragraph(text('We care.')), paragraph(text('Truly.'))])
    const root = await exported(tree)
    expect(childElements(select(root, 'mainBody')[0]!).map((element) => [element.localName, element.getAttribute('eId'), textOf(element)])).toEqual([
      ['p', 'p_1', 'We care.'],
      ['p', 'p_2', 'Truly.']
    ])
    expect(select(root, 'preface')[0]?.getElementsByTagName('container')).toHaveLength(0)
  })

  it('should give an empty statement a valid `mainBody`', async () => {
    const root = await exported(document('statement'))
    expect(childElements(select(root, 'mainBody')[0]!)).toHaveLength(1)
  })

  it('should put closings and signatures in `conclusions`, and trailing boilerplate after them', async () => {
    const tree = statement(
      {type: 'operative', children: [clause('1.', text('Agreed.'))]},
      {type: 'closing', children: [text('Signed at Lisbon.')]},
      {type: 'signature', label: null, name: 'Jane Roe', role: null, children: [{type: 'person', entity: 'p1', name: 'Jane Roe', children: [text('Jane Roe')]}]},
      {type: 'boilerplate', reason: 'endMark', children: [text('###')]}
    )
    tree.people = [{entity: 'p1', name: 'Jane Roe', variants: [], honorific: null, roles: []}]
    const root = await exported(tree)
    const conclusions = select(root, 'conclusions')[0]!
    expect(childElements(conclusions).map((element) => [element.localName, element.getAttribute('name') ?? element.getAttribute('class')])).toEqual([
      ['container', 'closingStatement'],
      ['container', 'signature'],
      ['p', 'boilerplate endMark']
    ])
    expect(select(conclusions, 'signature')[0]?.getElementsByTagNameNS('http://docs.oasis-open.org/legaldocml/ns/akn/3.0', 'person')).toHaveLength(1)
  })

  it('should keep an odd order valid: a closing before clauses stays in `mainBody`, a late preamble becomes a container', async () => {
    const tree = statement(
      {type: 'operative', children: [clause('1.', text('First.'))]},
      {type: 'closing', children: [text('Done at Lisbon.')]},
      {type: 'preamble', children: [{type: 'recital', opener: 'Recalling', children: [text('Recalling X,')]}, {type: 'formula', children: [text('We:')]}]},
      {type: 'operative', children: [clause('2.', text('Second.'))]},
      {type: 'closing', children: [text('The end.')]}
    )
    const root = await exported(tree)
    expect(childElements(select(root, 'mainBody')[0]!).map((element) => [element.localName, element.getAttribute('eId'), textOf(element)])).toEqual([
      ['paragraph', 'para_1', '1. First.'],
      ['container', 'container_1', 'Done at Lisbon.'],
      ['container', 'container_2', 'Recalling X, We:'],
      ['paragraph', 'para_2', '2. Second.']
    ])
    expect(textOf(select(root, 'conclusions')[0]!)).toBe('The end.')
    expect(select(root, 'preamble')).toHaveLength(0)
  })

  it('should mark the self-designation `docType` and the issuing body `docProponent` in the title', async () => {
    const tree = document('statement', [
      {
        type: 'heading',
        role: 'title',
        children: [text('Joint Statement of the '), {type: 'organization', name: 'Organization of Turkic States', acronym: 'OTS', parent: null, children: [text('Organization of Turkic States')]}, text(' on peace')]
      }
    ])
    tree.title = 'Joint Statement of the Organization of Turkic States on peace'
    const root = await exported(tree)
    expect(textOf(select(root, 'docType')[0]!)).toBe('Joint Statement')
    expect(select(root, 'docProponent')[0]?.getAttribute('refersTo')).toBe('#ots')
    expect(select(root, 'statement')[0]?.getAttribute('name')).toBe('jointStatement')
    expect(select(root, 'FRBRuri')[0]?.getAttribute('value')).toBe('/akn/xx-ots/statement/deliberation/ots/9999-12-31/peace')
  })

  it('should read a self-designation that ends in a letter outside ASCII (`Communiqué`)', async () => {
    const tree = document('statement', [{type: 'heading', role: 'title', children: [text('Communiqué of the Council on peace')]}])
    tree.title = 'Communiqué of the Council on peace'
    const root = await exported(tree)
    expect(textOf(select(root, 'docType')[0]!)).toBe('Communiqué')
    expect(select(root, 'statement')[0]?.getAttribute('name')).toBe('communique')
  })
})

describe('speech layout', () => {
  it('should make the label that opens a speech its `from`, and an unnamed speaker “Unknown speaker”', async () => {
    const tree = document('speech', [
      {type: 'heading', role: 'title', children: [text('Remarks at the summit')]},
      {type: 'boilerplate', reason: 'time', children: [text('2:09 P.M.')]},
      paragraph({type: 'label', value: 'THE CHAIR:'}, text(' Welcome.')),
      paragraph({type: 'label', value: 'Q:'}, text(' Why?')),
      {type: 'boilerplate', reason: 'endMark', children: [text('END')]}
    ])
    tree.title = 'Remarks at the summit'
    const root = await exported(tree)
    const speech = select(root, 'speech')[0]!
    expect(childElements(speech).map((element) => [element.localName, textOf(element)])).toEqual([
      ['from', 'THE CHAIR:'],
      ['p', 'Welcome.'],
      ['p', 'Q: Why?']
    ])
    expect(speech.getAttribute('by')).toBe('#unknownSpeaker')
    expect(select(root, 'TLCPerson').map(attributes)).toEqual([{eId: 'unknownSpeaker', href: '/akn/ontology/person/unknown-speaker', showAs: 'Unknown speaker'}])
    expect(textOf(select(root, 'preface')[0]!)).toBe('Remarks at the summit 2:09 P.M.')
    expect(textOf(select(root, 'conclusions')[0]!)).toBe('END')
    expect(select(root, 'FRBRuri')[0]?.getAttribute('value')).toBe('/akn/xx/doc/speech/unknown/9999-12-31/summit')
  })

  it('should speak `by` the title’s person `as` the title’s post, for the office that post is in', async () => {
    const tree = document('speech', [
      {
        type: 'heading',
        role: 'title',
        children: [text('Remarks by '), {type: 'role', function: 'President', country: 'PT', organization: null, holder: 'p1', children: [text('President')]}, text(' '), {type: 'person', entity: 'p1', name: 'Roe', children: [text('Roe')]}, text(' at lunch')]
      },
      {type: 'salutation', children: [text('Friends,')]},
      {type: 'closing', children: [text('Thank you.')]}
    ])
    tree.title = 'Remarks by President Roe at lunch'
    tree.date = '2024-03-04'
    const root = await exported(tree)
    expect(attributes(select(root, 'speech')[0])).toMatchObject({by: '#roe', as: '#presidentPortugal'})
    expect(select(root, 'FRBRuri').map((element) => element.getAttribute('value'))).toEqual([
      '/akn/pt/doc/speech/president/2024-03-04/lunch',
      '/akn/pt/doc/speech/president/2024-03-04/lunch/eng@2024-03-04',
      '/akn/pt/doc/speech/president/2024-03-04/lunch/eng@2024-03-04.akn'
    ])
    expect(select(root, 'FRBRauthor').map((element) => [element.getAttribute('href'), element.getAttribute('as')])).toEqual([
      ['#presidentOffice', '#author'],
      ['#roe', '#speaker'],
      ['#presidentOffice', '#author'],
      ['#communique', '#editor']
    ])
    expect(childElements(select(root, 'speech')[0]!).map((element) => element.getAttribute('class'))).toEqual(['salutation', 'closing'])
  })

  it('should honour `jurisdiction` and `actor` overrides', async () => {
    const tree = document('speech', [paragraph(text('Hello.'))])
    const root = await exported(tree, {jurisdiction: 'xx-lf', actor: 'lf-secretariat', language: 'fra'})
    expect(select(root, 'FRBRuri')[1]?.getAttribute('value')).toBe('/akn/xx-lf/doc/speech/lf-secretariat/9999-12-31/nn/fra@')
    expect(select(root, 'FRBRdate')[0]?.getAttribute('name')).toBe('unknown')
    expect(select(root, 'lifecycle')).toHaveLength(0)
  })
})
