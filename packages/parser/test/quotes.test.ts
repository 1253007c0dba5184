import {describe, expect, it} from 'vitest'
import {findQuotes} from '@communique/parser'

const quoted = (...texts: string[]) => {
  const {quotes, problems} = findQuotes(texts)
  return {
    quotes: quotes.map((quote) => [quote.block, texts[quote.block]!.slice(quote.start, quote.end), quote.open, quote.close, quote.continued]),
    problems: problems.map((problem) => [problem.block, problem.index, problem.mark, problem.kind])
  }
}

describe('findQuotes', () => {
  it('should find curly, straight and guillemet quotations', () => {
    expect(quoted('“One,” he said. "Two," she said. «Three,» they said.').quotes).toEqual([
      [0, 'One,', '“', '”', false],
      [0, 'Two,', '"', '"', false],
      [0, 'Three,', '«', '»', false]
    ])
  })

  it('should nest single quotes inside double quotes, and German „ “', () => {
    expect(quoted('“We heard ‘step by step’ often,” and „so weiter“.').quotes).toEqual([
      [0, 'step by step', '‘', '’', false],
      [0, 'We heard ‘step by step’ often,', '“', '”', false],
      [0, 'so weiter', '„', '“', false]
    ])
  })

  it('should not take apostrophes for quotation marks', () => {
    expect(quoted("Turkiye's minister’s words and the Kazakhs' rights, ’90s").quotes).toEqual([])
  })

  it('should carry a quotation over paragraphs that re-open with the same mark', () => {
    expect(quoted('“First part,', '“second part,” he said.')).toEqual({
      quotes: [
        [0, 'First part,', '“', null, false],
        [1, 'second part,', '“', '”', true]
      ],
      problems: []
    })
  })

  it('should report an unclosed mark and still read the rest', () => {
    expect(quoted('He said "an unfinished thought.', 'Next “fine” one.')).toEqual({
      quotes: [
        [0, 'an unfinished thought.', '"', null, false],
        [1, 'fine', '“', '”', false]
      ],
      problems: [[0, 8, '"', 'unclosed']]
    })
  })

  it('should report a closing mark with nothing open', () => {
    expect(quoted('This ends” abruptly.').problems).toEqual([[0, 9, '”', 'unopened']])
  })

  it('should survive quotes nested deeper than any text needs', () => {
    const deep = `${'“'.repeat(10_000)}x${'”'.repeat(10_000)}`
    expect(() => findQuotes([deep])).not.toThrow()
  })
})
