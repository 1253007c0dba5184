import {describe, expect, it} from 'vitest'
import {toHtml} from '../src/index.js'
import {escapeHtml} from '../src/lib/escape.js'
import {handler, hostileText, sampleInput, script} from './fixtures.js'
import {hrefsOf, idsOf, linkDepth, readTags, unescapeHtml, type Tag} from './helpers.js'

// Attributes the page may write; anything else (an `on…` handler above all) means input broke out.
const allowedAttributes = new Set([
  'aria-labelledby',
  'charset',
  'class',
  'content',
  'datetime',
  'dy',
  'height',
  'href',
  'http-equiv',
  'id',
  'lang',
  'name',
  'rel',
  'rx',
  'scope',
  'title',
  'transform',
  'viewbox',
  'width',
  'x',
  'xmlns',
  'y'
])

/**
 * Attribute names outside the allowlist.
 *
 * @param tags
 *   Tags of a page.
 * @returns
 *   Unexpected names, once each.
 */
function unexpectedAttributes(tags: ReadonlyArray<Tag>): string[] {
  const names = new Set(tags.flatMap((tag) => tag.attributes.map(([name]) => name)))
  return [...names].filter((name) => !allowedAttributes.has(name) && !name.startsWith('data-'))
}

describe('escapeHtml', () => {
  it('should escape the five characters that open markup or close attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;')
  })

  it('should escape a CDATA end', () => {
    expect(escapeHtml(']]>')).toBe(']]&gt;')
  })

  it('should replace characters that are errors in HTML w/ U+FFFD', () => {
    expect(escapeHtml('a\u0000b\u0007c\uD800d\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe')
  })

  it('should keep tabs, line feeds, astral characters and non-ASCII letters', () => {
    expect(escapeHtml('a\tb\nc 😀 Çavuşoğlu')).toBe('a\tb\nc 😀 Çavuşoğlu')
  })
})

describe('toHtml w/ hostile input', () => {
  const input = sampleInput(hostileText, `doc"><script>alert(5)</script>`)
  const html = toHtml(input)
  const tags = readTags(html)

  it('should write no script element and no event handler attribute', () => {
    expect(tags.filter((tag) => tag.name === 'script')).toEqual([])
    expect(html).not.toMatch(/<script/i)
    expect(unexpectedAttributes(tags)).toEqual([])
  })

  it('should keep `<script>` and `" onmouseover=` as text', () => {
    expect(html).toContain(escapeHtml(script))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot; onmouseover=&quot;alert(2)')
    expect(html).not.toContain(']]>')
  })

  it('should escape the text of the tree, the title, names and attribute values', () => {
    // Every string field of the sample carries the hostile text: the document text, the title, the people.
    for (const value of [`Text ${hostileText}`, `Report ${hostileText}`, `Jane ${hostileText}`, `Meeting ${hostileText}`]) {
      expect(html, value).toContain(escapeHtml(value))
    }
    const titles = tags.flatMap((tag) => tag.attributes.filter(([name]) => name === 'title').map(([, value]) => unescapeHtml(value ?? '')))
    expect(titles).toContain(`Person: Jane ${hostileText}`)
    const stems = tags.flatMap((tag) => tag.attributes.filter(([name]) => name === 'data-stem').map(([, value]) => unescapeHtml(value ?? '')))
    expect(stems).toEqual([`doc"><script>alert(5)</script>`])
  })

  it('should make safe ids and in-page links only (no `javascript:` link)', () => {
    const ids = idsOf(html)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/)
    expect(new Set(ids).size).toBe(ids.length)
    for (const href of hrefsOf(html)) {
      expect(href).toMatch(/^(?:#[a-z][a-z0-9-]*|https:\/\/www\.wikidata\.org\/[^"<>\s]*)$/)
    }
    expect(html).not.toMatch(/href="javascript:/i)
  })

  it('should not nest links', () => {
    expect(linkDepth(html)).toBe(1)
  })

  it('should catch markup that broke out (the checks can fail)', () => {
    expect(unexpectedAttributes(readTags(`<p title="${handler}">x</p>`))).toEqual(['onmouseover'])
    expect(readTags(`<p>${script}</p>`).map((tag) => tag.name)).toContain('script')
    expect(() => readTags('<p title="a"b">x</p>')).toThrow(/Malformed tag/)
    expect(() => readTags('<p>a > b</p>')).toThrow(/Raw `>`/)
  })
})
