import {describe, expect, it} from 'vitest'
import {toHtml} from '../src/index.js'
import {inputWith, sampleInput, unknownNode} from './fixtures.js'
import {hrefsOf, idsOf, linkDepth} from './helpers.js'

/**
 * The rendered text of the sample's only document.
 *
 * @param html
 *   Page.
 * @returns
 *   The HTML inside `div.doc-text`.
 */
function documentText(html: string): string {
  const start = html.indexOf('<div class="doc-text">')
  const end = html.indexOf('</article>', start)
  expect(start).toBeGreaterThan(-1)
  return html.slice(start, end)
}

describe('handlers', () => {
  const html = toHtml(sampleInput())
  const text = documentText(html)

  it('should throw on an unknown node, naming it', () => {
    expect(() => toHtml(inputWith([unknownNode('video')]))).toThrow('Cannot render unknown node `video`')
  })

  it('should throw on an unknown node deep in a paragraph', () => {
    expect(() => toHtml(inputWith([{type: 'paragraph', children: [unknownNode('emphasis', {children: []})]}]))).toThrow(
      'Cannot render unknown node `emphasis`'
    )
  })

  it('should not take inherited properties for handlers', () => {
    expect(() => toHtml(inputWith([unknownNode('toString')]))).toThrow('Cannot render unknown node `toString`')
    expect(() => toHtml(inputWith([unknownNode('__proto__')]))).toThrow('Cannot render unknown node `__proto__`')
    expect(() => toHtml(inputWith([{children: []}]))).toThrow('Cannot render unknown node `undefined`')
  })

  it('should render blocks with one class each', () => {
    for (const fragment of [
      '<p class="b-stamp"><time datetime="2022-01-11">date 2022-01-11 Sample</time></p>',
      '<h4 class="b-title">Heading Sample</h4>',
      '<p class="b-standfirst">Standfirst Sample</p>',
      '<p class="b-boilerplate" data-reason="Sample">Boilerplate Sample</p>',
      '<p class="b-venue">Venue Sample</p>',
      '<p class="b-salutation">Salutation Sample</p>',
      '<div class="b-preamble"><p class="b-recital" data-opener="Sample">Recital Sample</p><p class="b-formula">Formula Sample</p></div>',
      '<div class="b-operative"><div class="b-clause"><span class="num">1Sample.</span><div class="body"><p class="b-paragraph">Clause Sample</p>',
      '<div class="b-point"><span class="num">•</span><div class="body"><p class="b-paragraph">Point Sample</p></div></div>',
      '<p class="b-closing">Closing Sample</p>',
      '<div class="b-signature">Signed Sample\n'
    ]) {
      expect(text).toContain(fragment)
    }
  })

  it('should render phrasing: dateline, agency, label, honorific', () => {
    expect(text).toContain('<span class="dateline"><mark class="m-place" title="Place: Sample, France Sample">Place Sample</mark> (')
    expect(text).toContain('<span class="agency" title="News agency: Sample">Agency Sample</span>')
    expect(text).toContain('<b class="label">Label Sample:</b>')
    expect(text).toContain('<span class="honorific">Hon. Sample</span>')
  })

  it('should highlight a person and link it to the entry its local key resolves to', () => {
    expect(text).toContain(
      '<mark class="m-person" title="Person: Jane Sample" data-person="https://example.org/communique/id/person/jane-doe"><a href="#person-jane-doe">Jane Sample</a></mark>'
    )
    expect(idsOf(html)).toContain('person-jane-doe')
  })

  it('should highlight a person whose key does not resolve, without a link', () => {
    const input = sampleInput()
    const page = toHtml({...input, corpus: {...input.corpus, personIndex: {}}})
    expect(documentText(page)).toContain('<mark class="m-person" title="Person: Jane Sample">Jane Sample</mark>')
  })

  it('should highlight a post with its countries linked inside it', () => {
    expect(text).toContain(
      '<mark class="m-role" title="Post: Minister Sample · held by Jane Sample" data-holder="https://example.org/communique/id/person/jane-doe">Minister Sample of <mark class="m-country" title="Country: France Sample" data-country="https://example.org/communique/id/country/fr"><a href="#country-fr">France Sample</a></mark></mark>'
    )
  })

  it('should highlight a quotation and show its speaker, linked', () => {
    expect(text).toMatch(
      /<mark class="m-quote" title="Quotation of Jane Sample" data-speaker="[^"]+">Quoted Sample .*<span class="speaker"><a href="#person-jane-doe">Jane Sample<\/a><\/span><\/mark>/
    )
  })

  it('should not nest a link in a link (a country inside an organization)', () => {
    expect(text).toContain(
      '<a href="#org-sample">Organization Sample of <mark class="m-country" title="Country: France Sample" data-country="https://example.org/communique/id/country/fr">France</mark></a>'
    )
    expect(linkDepth(html)).toBe(1)
  })

  it('should render a date w/ its ISO value, and none when the value is not a date', () => {
    expect(text).toContain('<mark class="m-date" title="Date: 2022-01-11"><time datetime="2022-01-11">Date Sample</time></mark>')
    const page = toHtml(
      inputWith([
        {
          type: 'paragraph',
          children: [{type: 'date', value: null, precision: 'day', relative: true, children: [{type: 'text', value: 'Tuesday'}]}]
        }
      ])
    )
    expect(page).toContain('<mark class="m-date" title="Date: unresolved · relative"><time>Tuesday</time></mark>')
  })

  it('should link a citation to the document of the run it matches', () => {
    expect(text).toContain('<mark class="m-citation" title="Cites: Sample"><a href="#doc-001-sample">Citation Sample</a></mark>')
  })

  it('should give every in-page link a target', () => {
    const ids = new Set(idsOf(html))
    const missing = hrefsOf(html)
      .filter((href) => href.startsWith('#'))
      .filter((href) => !ids.has(href.slice(1)))
    expect(missing).toEqual([])
  })

  it('should be deterministic', () => {
    expect(toHtml(sampleInput())).toBe(html)
  })

  it('should refuse two documents with the same stem', () => {
    const input = sampleInput()
    expect(() => toHtml({...input, documents: [...input.documents, ...input.documents]})).toThrow(
      'Cannot render two documents with the stem `001_sample`'
    )
  })
})
