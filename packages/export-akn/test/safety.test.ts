// Hostile text stays text: the output is well-formed XML that still validates.
import {document, text, type Document} from '@communique/doctree'
import {bodyWords, checkReferences, toAkn, validateAkn, words} from '@communique/export-akn'
import {describe, expect, it} from 'vitest'
import {markupDate, parseXml, select, textOf} from './helpers.js'

const hostile = 'Fish & chips < 3 ]]> <script>alert("x")</script> <!-- no --> &amp; \u0001bell\u0008 \uD800lone \uFFFEend'

/**
 * A statement whose title, paragraph and clause carry hostile text.
 *
 * @returns
 *   The tree.
 */
function hostileTree(): Document {
  const tree = document('statement', [
    {type: 'heading', role: 'title', children: [text(`Statement on ${hostile}`)]},
    {type: 'operative', children: [{type: 'clause', marker: 'number', num: '1.<b>', children: [{type: 'paragraph', children: [text(hostile)]}]}]}
  ])
  tree.title = `Statement on ${hostile}`
  tree.publisher = 'Acme & <Sons> "Ltd"'
  return tree
}

describe('XML safety', () => {
  it('should export hostile text as well-formed XML that validates and whose references resolve', async () => {
    const xml = toAkn(hostileTree(), {stem: 'hostile', markupDate})
    expect(() => parseXml(xml)).not.toThrow()
    expect(await validateAkn(xml)).toEqual([])
    expect(checkReferences(xml)).toEqual([])
  })

  it('should keep markup-looking text as text (no `script` element, no comment)', () => {
    const xml = toAkn(hostileTree(), {stem: 'hostile', markupDate})
    const root = parseXml(xml)
    expect(root.getElementsByTagName('script')).toHaveLength(0)
    expect(root.getElementsByTagName('b')).toHaveLength(0)
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<!-- no -->')
    const clause = select(root, 'paragraph')[0]!
    expect(textOf(select(clause, 'p')[0]!)).toBe('Fish & chips < 3 ]]> <script>alert("x")</script> <!-- no --> &amp; bell lone end')
    expect(textOf(select(clause, 'num')[0]!)).toBe('1.<b>')
  })

  it('should escape hostile text in attributes too', () => {
    const root = parseXml(toAkn(hostileTree(), {stem: 'hostile', markupDate}))
    const alias = select(root, 'FRBRalias').find((element) => element.getAttribute('name') === 'title')
    expect(alias?.getAttribute('value')).toBe('Statement on Fish & chips < 3 ]]> <script>alert("x")</script> <!-- no --> &amp; bell lone end')
    expect(select(root, 'TLCOrganization').map((element) => element.getAttribute('showAs'))).toContain('Acme & <Sons> "Ltd"')
  })

  it('should drop the characters XML 1.0 forbids, and report them', () => {
    const warnings: string[] = []
    const xml = toAkn(hostileTree(), {stem: 'hostile', markupDate, onWarning: (message) => void warnings.push(message)})
    expect(xml).not.toMatch(/[\u0001\u0008\uFFFE]|[\uD800-\uDFFF]/)
    expect(warnings.length).toBeGreaterThan(0)
    expect(warnings).toContain('Removed 4 characters that XML 1.0 does not allow (U+0001, U+0008, U+D800, U+FFFE) from the text of `hostile`')
  })

  it('should lose no word of hostile text', () => {
    const xml = toAkn(hostileTree(), {stem: 'hostile', markupDate})
    expect(bodyWords(xml)).toEqual(words(`Statement on ${hostile} 1.<b> ${hostile}`.replace(/[\u0001\u0008\uFFFE\uD800]/g, '')))
  })
})
