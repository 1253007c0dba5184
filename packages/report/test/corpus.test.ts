import {createHash} from 'node:crypto'
import {visit} from '@communique/doctree'
import {describe, expect, it} from 'vitest'
import {toHtml} from '../src/index.js'
import {corpusDocuments, hrefsOf, idsOf, linkDepth, readTags, resolvedCorpus} from './helpers.js'

describe('toHtml on the corpus', () => {
  const corpus = resolvedCorpus()
  const documents = corpusDocuments()
  // Shuffled on purpose: the page must sort documents by stem itself.
  const html = toHtml({corpus, documents: [...documents].reverse()})
  const tags = readTags(html)

  it('should give every `href="#x"` a matching id, and ids that are unique and safe', () => {
    const ids = idsOf(html)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/)
    const known = new Set(ids)
    const internal = hrefsOf(html).filter((href) => href.startsWith('#'))
    expect(internal.length).toBeGreaterThan(500)
    expect(internal.filter((href) => !known.has(href.slice(1)))).toEqual([])
  })

  it('should link out only with http(s) links, and never nest links', () => {
    for (const href of hrefsOf(html).filter((value) => !value.startsWith('#'))) expect(href).toMatch(/^https?:\/\//)
    expect(linkDepth(html)).toBe(1)
  })

  it('should load nothing: no scripts, images, frames, external style sheets, fonts or `url()`', () => {
    const names = new Set(tags.map((tag) => tag.name))
    for (const name of ['script', 'img', 'iframe', 'link', 'object', 'embed', 'video', 'audio', 'source', 'base', 'form']) {
      expect(names.has(name), name).toBe(false)
    }
    expect(tags.filter((tag) => tag.attributes.some(([name]) => name === 'src' || name === 'srcset'))).toEqual([])
    expect(html).not.toMatch(/@import|url\(|@font-face/i)
  })

  it('should declare UTF-8, English and a strict CSP that allows the inline style sheet by hash', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true)
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    expect(policy).toBeDefined()
    const directives = new Map(policy!.split(/;\s*/).map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]))
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'none'"])
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const hash = createHash('sha256').update(style, 'utf8').digest('base64')
    expect(directives.get('style-src')).toEqual([`'sha256-${hash}'`])
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:|data:/)
    expect(tags.filter((tag) => tag.name === 'style' && !tag.end)).toHaveLength(1)
    expect(tags.filter((tag) => tag.attributes.some(([name]) => name === 'style'))).toEqual([])
  })

  it('should render the 18 documents in stem order', () => {
    const stems = tags
      .filter((tag) => tag.name === 'article' && !tag.end)
      .map((tag) => tag.attributes.find(([name]) => name === 'data-stem')?.[1])
    expect(stems).toHaveLength(18)
    expect(stems).toEqual(documents.map((document) => document.stem).sort())
  })

  it('should highlight every person mention of every tree, linked', () => {
    let people = 0
    for (const document of documents) {
      visit(document.tree, (node) => {
        if (node.type === 'person') people++
      })
    }
    const marks = html.match(/<mark class="m-person"[^>]*><a href="#person-/g) ?? []
    expect(people).toBeGreaterThan(0)
    expect(marks.length).toBe(people)
  })

  it('should give every person, organization, country and meeting an entry', () => {
    const ids = new Set(idsOf(html))
    const entries = tags.filter((tag) => tag.attributes.some(([name]) => name === 'data-iri'))
    expect(entries).toHaveLength(corpus.people.length + corpus.organizations.length + corpus.countries.length)
    for (const tag of entries) expect(ids.has(tag.attributes.find(([name]) => name === 'id')?.[1] ?? '')).toBe(true)
    const meetings = tags.filter((tag) => tag.name === 'section' && tag.attributes.some(([name]) => name === 'data-meeting'))
    expect(meetings).toHaveLength(corpus.meetings.length)
  })

  it('should list one row per participant of each meeting, w/ the person IRI', () => {
    const rows = tags
      .filter((tag) => tag.name === 'tr')
      .map((tag) => tag.attributes.find(([name]) => name === 'data-person')?.[1])
      .filter((value) => value !== undefined)
    expect(rows).toHaveLength(corpus.meetings.reduce((sum, meeting) => sum + meeting.participants.length, 0))
    const people = new Set(corpus.people.map((person) => person.id))
    for (const iri of rows) expect(people.has(iri!)).toBe(true)
  })

  it('should draw one chart cell per person and document, each with a title', () => {
    const chart = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))
    const cells = chart.match(/<rect class="(?:on|off)"[^>]*><title>[^<]+<\/title><\/rect>/g) ?? []
    expect(cells).toHaveLength(corpus.people.length * documents.length)
    const filled = corpus.people.reduce((sum, person) => sum + person.documents.length, 0)
    expect(chart.match(/<rect class="on"/g)).toHaveLength(filled)
    expect(html).toContain('<summary>The chart as text</summary>')
  })

  it('should be deterministic', () => {
    expect(toHtml({corpus, documents})).toBe(html)
  })
})
