// Shared fixtures: the corpus parsed and resolved once, and small HTML utilities.
import {readFileSync, readdirSync} from 'node:fs'
import {decode, parse} from '@communique/parser'
import type {Document} from '@communique/doctree'
import {resolve, type Corpus, type InputDocument} from '@communique/resolver'

export const corpusFolder = new URL('../../../corpus/', import.meta.url)
export const outputFolder = new URL('.output/', import.meta.url)

let documents: Array<InputDocument & {tree: Document}> | undefined
let resolved: Corpus | undefined

/**
 * Every document of the corpus, parsed.
 *
 * @returns
 *   The documents, by stem.
 */
export function corpusDocuments(): Array<InputDocument & {tree: Document}> {
  documents ??= readdirSync(corpusFolder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const url = new URL(file, corpusFolder)
      return {stem: file.replace(/\.txt$/, ''), file, tree: parse(decode(readFileSync(url), url.pathname))}
    })
  return documents
}

/**
 * The resolved corpus.
 *
 * @returns
 *   The corpus.
 */
export function resolvedCorpus(): Corpus {
  resolved ??= resolve(corpusDocuments())
  return resolved
}

/** A start or end tag of a page. */
export interface Tag {
  name: string
  end: boolean
  attributes: Array<[string, string | undefined]>
}

const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<>]*")?)*)\s*\/?>/y
const attributePattern = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"<>]*)")?/g

/**
 * Read every tag of a page strictly: attribute values in double quotes without `"`, `<` or `>`; text and
 * attribute values with no raw `<` or `>` (the style sheet aside). Anything else throws, so an attribute
 * or element that broke out of its escaping fails the test.
 *
 * @param html
 *   Page.
 * @returns
 *   The tags, in order.
 */
export function readTags(html: string): Tag[] {
  const result: Tag[] = []
  let index = html.startsWith('<!doctype html>') ? '<!doctype html>'.length : 0
  while (index < html.length) {
    const next = html.indexOf('<', index)
    const text = html.slice(index, next === -1 ? html.length : next)
    if (text.includes('>')) throw new Error(`Raw \`>\` in text: ${JSON.stringify(text.slice(0, 120))}`)
    if (next === -1) break
    tagPattern.lastIndex = next
    const match = tagPattern.exec(html)
    if (!match) throw new Error(`Malformed tag at ${next}: ${JSON.stringify(html.slice(next, next + 120))}`)
    const name = match[2]!.toLowerCase()
    const attributes = [...(match[3] ?? '').matchAll(attributePattern)].map(
      (attribute): [string, string | undefined] => [attribute[1]!.toLowerCase(), attribute[2]]
    )
    result.push({name, end: match[1] === '/', attributes})
    index = tagPattern.lastIndex
    if (name === 'style' && match[1] !== '/') {
      const close = html.indexOf('</style>', index)
      if (close === -1) throw new Error('Unclosed style element')
      if (html.slice(index, close).includes('<')) throw new Error('`<` in the style sheet')
      index = close
    }
  }
  return result
}

/**
 * Every `id` of a page.
 *
 * @param html
 *   Page.
 * @returns
 *   Ids, in order.
 */
export function idsOf(html: string): string[] {
  return readTags(html).flatMap((tag) => tag.attributes.filter(([name]) => name === 'id').map(([, value]) => value ?? ''))
}

/**
 * Every `href` of a page (as written).
 *
 * @param html
 *   Page.
 * @returns
 *   Hrefs, in order.
 */
export function hrefsOf(html: string): string[] {
  return readTags(html).flatMap((tag) => tag.attributes.filter(([name]) => name === 'href').map(([, value]) => value ?? ''))
}

/**
 * The greatest depth of `<a>` elements inside each other (1 when links never nest).
 *
 * @param html
 *   Page.
 * @returns
 *   Depth.
 */
export function linkDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const tag of readTags(html)) {
    if (tag.name !== 'a') continue
    depth += tag.end ? -1 : 1
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

/**
 * Decode the character references `toHtml` writes.
 *
 * @param value
 *   Escaped text.
 * @returns
 *   Text.
 */
export function unescapeHtml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'"
  )
}
