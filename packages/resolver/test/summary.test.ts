// Summaries: what resolution needs of a tree, and the same corpus from summaries as from trees.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import type {Document} from '@communique/doctree'
import {decode, parse} from '@communique/parser'
import {resolve, summarize, type InputDocument} from '@communique/resolver'
import {describe, expect, it} from 'vitest'

const corpus = new URL('../../../corpus/', import.meta.url)
const documents: Array<InputDocument & {tree: Document}> = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((file) => ({stem: file.slice(0, -4), file, tree: parse(decode(readFileSync(new URL(file, corpus)), file))}))

describe('summarize', () => {
  it('should keep what resolution reads of a document, in document order (fixture; `UPDATE=1` rewrites it)', () => {
    // A news report with a meeting, people, every kind of mention, quotations and a citation.
    const stem = '000_d0cde2db8aede425'
    const fixture = new URL(`fixtures/summary/${stem}.json`, import.meta.url)
    const actual = JSON.stringify(summarize(documents.find((document) => document.stem === stem)!.tree), null, 2) + '\n'
    if (process.env['UPDATE']) writeFileSync(fixture, actual)
    expect(actual).toBe(readFileSync(fixture, 'utf8'))
  })

  it('should keep no positions, child nodes or text beyond quotations, and be small', () => {
    for (const {tree} of documents) {
      const summary = summarize(tree)
      expect(Object.keys(summary)).toEqual(['type', 'kind', 'date', 'title', 'dateline', 'publisher', 'people', 'meeting', 'mentions', 'quotations', 'citations'])
      const json = JSON.stringify(summary)
      expect(json).not.toMatch(/"(?:position|children|start|end|offset)"/)
      expect(json.length).toBeLessThan(JSON.stringify(tree).length / 4)
    }
  })

  it('should return a summary as is, and share nothing with the tree', () => {
    const {tree} = documents[0]!
    const summary = summarize(tree)
    expect(summarize(summary)).toBe(summary)
    expect(summary.people).toEqual(tree.people)
    expect(summary.people).not.toBe(tree.people)
    expect(summary.meeting).not.toBe(tree.meeting)
  })
})

describe('resolve over summaries', () => {
  const fromTrees = resolve(documents)

  it('should give the same corpus for the summaries as for the trees, over the whole corpus', () => {
    expect(resolve(documents.map((document) => ({...document, tree: summarize(document.tree)})))).toEqual(fromTrees)
  })

  it('should give the same corpus for summaries mixed with trees, in any order', () => {
    const mixed = documents.map((document, index) => (index % 2 === 0 ? {...document, tree: summarize(document.tree)} : document)).reverse()
    expect(resolve(mixed)).toEqual(fromTrees)
  })

  it('should give the same corpus after a structured clone or a JSON round trip of the summaries', () => {
    const summaries = documents.map((document) => ({...document, tree: summarize(document.tree)}))
    expect(resolve(structuredClone(summaries))).toEqual(fromTrees)
    expect(resolve(JSON.parse(JSON.stringify(summaries)) as InputDocument[])).toEqual(fromTrees)
    expect(JSON.stringify(resolve(structuredClone(summaries)))).toBe(JSON.stringify(fromTrees))
  })
})
