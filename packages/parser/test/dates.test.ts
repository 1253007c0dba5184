import {describe, expect, it} from 'vitest'
import * as chrono from 'chrono-node'
import {findDates} from '@communique/parser'
import {chronoFor, chronoPiece, pieceTable, piecesHeld, textPieces} from '../src/lib/dates.js'

/** A linear congruential generator from a seed: `random(count)` is an integer below `count`. */
const randomFrom = (seed: number) => (count: number) => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) & 0x7f_ff_ff_ff
  return (seed >>> 8) % count
}

const values = (text: string, reference: string | null = null) =>
  findDates(text, reference).map((date) => [text.slice(date.start, date.end), date.value, date.precision, date.relative])

const ranges = (text: string) => findDates(text, '2024-01-01').map((date) => [text.slice(date.start, date.end), date.value, date.until])

describe('findDates', () => {
  it('should give no value to a relative date that leaves years 1–9999, and read years under 100 as written', () => {
    expect(values('They will meet tomorrow.', '9999-12-31')).toEqual([['tomorrow', null, 'day', true]])
    expect(values('They met last week.', '0000-01-01')).toEqual([['last week', null, 'week', true]])
    expect(values('They met last month.', '0001-01-15')).toEqual([['last month', null, 'month', true]])
    expect(values('They met last week.', '0050-06-15')).toEqual([['last week', '0050-W23', 'week', true]])
  })

  it('should read full dates in the forms diplomatic texts use', () => {
    expect(values('held on 11 January 2022 and on January 6, 2022')).toEqual([
      ['11 January 2022', '2022-01-11', 'day', false],
      ['January 6, 2022', '2022-01-06', 'day', false]
    ])
  })

  it('should give a date of numbers with slashes no value when day and month could be either', () => {
    expect(values('published 06/11/2025 and 24/10/2024')).toEqual([
      ['06/11/2025', null, 'day', false],
      ['24/10/2024', '2024-10-24', 'day', false]
    ])
  })

  it('should give a range of days its last day', () => {
    expect(ranges('held on 18-19 January 2025')).toEqual([['18-19 January 2025', '2025-01-18', '2025-01-19']])
    expect(ranges('from 30 April to 2 May 2023')).toEqual([['30 April to 2 May 2023', '2023-04-30', '2023-05-02']])
    expect(ranges('on 11 January 2022')).toEqual([['11 January 2022', '2022-01-11', null]])
    expect(ranges('in January 2022')).toEqual([['January 2022', '2022-01', null]])
  })

  it('should give dates without a year the year of the reference, and null without one', () => {
    expect(values('BAKU, Jan. 11', '2022-01-13')).toEqual([['Jan. 11', '2022-01-11', 'day', false]])
    expect(values('Baku, Oct.12', '2019-10-13')).toEqual([['Oct.12', '2019-10-12', 'day', false]])
    expect(values('On December 3, the ministers met')).toEqual([['December 3', null, 'day', false]])
  })

  it('should resolve relative dates against the reference', () => {
    expect(values('the meeting on Tuesday', '2022-01-11')).toEqual([['Tuesday', '2022-01-11', 'day', true]])
    expect(values('protests last week', '2022-01-11')).toEqual([['last week', '2022-W01', 'week', true]])
    expect(values('met today in Jeddah', '2022-07-16')).toEqual([['today', '2022-07-16', 'day', true]])
    expect(values('met today in Jeddah')).toEqual([['today', null, 'day', true]])
  })

  it('should read months and bare years with their precision', () => {
    expect(values('decisions of September 2015 and the summit in 2020')).toEqual([
      ['September 2015', '2015-09', 'month', false],
      ['2020', '2020', 'year', false]
    ])
  })

  it('should not take times, 9/11, durations or May the verb for dates', () => {
    expect(values('2:09 P.M. AST')).toEqual([])
    expect(values('For the first time since 9/11, an American President')).toEqual([])
    expect(values('withdraw over the next 10 days', '2022-01-11')).toEqual([])
    expect(values('in the last couple of years', '2022-01-11')).toEqual([])
    expect(values('May God protect our troops. Good morning.')).toEqual([])
    expect(values('To act now; tonight we meet.')).toEqual([])
    expect(values('the 8th Summit and 7,054 troops')).toEqual([])
  })
})

describe('chronoFor', () => {
  const parser = chrono.en.casual.clone()
  const reference = {instant: new Date(Date.UTC(2022, 0, 11, 12)), timezone: 0}
  const read = (reader: chrono.Chrono | null, text: string) =>
    JSON.stringify((reader?.parse(text, reference, {forwardDate: false}) ?? []).map((result) => [result.index, result.text, result.start.date(), result.end?.date()]))
  const same = (text: string) => expect([text, read(chronoFor(text), text)]).toEqual([text, read(parser, text)])

  it('should find what chrono finds with all its parsers', () => {
    const texts = [
      'on 11 January 2022', 'Jan. 11', 'Jan.11', 'may2020', 'May of 2020', 'May first', 'mayfirst', 'JULthird', 'the first of May', 'on Tuesday',
      'sundayof this week', 'today', 'yesterday', 'last night', 'this morning', 'at noon', 'end of month', 'last week', 'this y.', 'next month',
      'in a few days', 'within the hour', 'for a couple of weeks', 'in half an hour', 'in a dand a s.', 'in a dthe h.', 'in a d, a s', 'in 10 days',
      'within 1.5 hours', 'in 2d3h', 'last 2022 SECOND', 'a week ago', 'two days later', '3 weeks from now', 'next two weeks', '+2 days', 'in 2020', '9/11',
      '2022-01-11', '2:09 P.M. AST', 'at 10 am on Monday, 11 January 2022, and last week', 'injan.', 'injan 2020', 'the 1stmay',
      'firstmay.', 'the fifthmarch', 'twenty-firstjan', 'in injanuary', 'onmonday', 'lastmonday', 'xmonday', 'Azerbaijan 5', 'summon 5',
      // The pieces `chronoFor` scans for before trying a cue.
      'a dayago', 'two days henceforth', 'a week forward', 'a few days earlier', 'the day before', 'a month out', 'at midday', 'this evening',
      'in the afternoon', 'overmorrow', 'tomorrow', 'tmrw', 'on a weekday', 'THIS WEEKEND', 'Months AGO', 'past YEAR', 'after a week', 'FEB 2'
    ]
    for (const text of texts) same(text)
  })

  it('should skip chrono for plain prose', () => {
    expect(chronoFor('The ministers discussed regional security and trade, and called for restraint.')).toBe(null)
    expect(chronoFor('They said that the situation is stable.')).toBe(null)
  })

  it('should find what chrono finds with all its parsers (generated texts)', () => {
    const pieces = [
      'jan', 'january', 'mar', 'may', 'sept', 'dec', 'mon', 'tue', 'thurs', 'sun', 'weekend', 'first', 'second', 'twenty', 'thirty first',
      'tenth', 'one', 'two', 'twelve', 'a', 'an', 'the', 'few', 'several', 'half', 'couple', 'of', 'about', 'just', 's', 'm', 'd', 'w', 'y',
      'min', 'hrs', 'mo', 'qtr', 'day', 'weeks', 'month', 'years', 'in', 'within', 'for', 'this', 'last', 'past', 'next', 'after', 'ago',
      'earlier', 'later', 'from now', 'out', 'and', 'today', 'tonight', 'tmr', 'yesterday', 'night', 'morning', 'noon', 'end', 'on', 'to',
      'am', 'pm', '1', '11', '2022', '1.5', '10:30', ' ', ' ', '', '\n', ',', '.', '-', '/', ':', '(', ')', '+', "'", 'x', 'e', 'ſ'
    ]
    const random = randomFrom(42)
    for (let index = 0; index < 4000; index++) {
      let text = ''
      for (let count = 1 + random(8); count > 0; count--) {
        const piece = pieces[random(pieces.length)]!
        text += (random(4) === 0 ? piece.toUpperCase() : piece) + (random(2) === 0 ? ' ' : '')
      }
      same(text)
    }
  })
})

describe('piecesHeld', () => {
  it('should find the pieces a case-insensitive search for each finds', () => {
    const pieces = ['jan', 'May', 'AGO', 'out', 'nth', 'rro']
    const table = pieceTable(pieces.map((piece, index) => [piece, 1 << index] as const))
    const parts = ['j', 'a', 'n', 'M', 'ay', 'AG', 'o', 'ut', 'n', 'th', 'r', 'ro', 'R', ' ', '1', '-', 'ſ', 'İ', 'é', '\u00E1', '\uD800', 'K']
    const random = randomFrom(7)
    for (let index = 0; index < 5000; index++) {
      let text = ''
      for (let count = random(12); count > 0; count--) text += parts[random(parts.length)]!
      let expected = 0
      for (const [bit, piece] of pieces.entries()) if (new RegExp(piece, 'i').test(text)) expected |= 1 << bit
      expect([text, piecesHeld(text, table)]).toEqual([text, expected])
    }
  })

  it('should take only three ASCII letters as a piece', () => {
    expect(() => pieceTable([['ab', 1]])).toThrow()
    expect(() => pieceTable([['a-b', 1]])).toThrow()
    expect(() => pieceTable([['ſun', 1]])).toThrow()
  })
})

// Texts of sentences, words and runs without white space, of every length around the piece size.
const generated = (seed: number): string => {
  const parts = ['The Council met.', 'It agreed!', '“Why?” she asked.', 'Dec. 5', 'word', 'Mr. Ruiz', '\n\n', '   ', 'x'.repeat(40), 'Ünal said.', '(Note.)', '«Oui.»']
  const random = randomFrom(seed)
  let text = ''
  const length = 200 + (seed % 700)
  while (text.length < length) text += parts[random(parts.length)]! + (random(3) === 0 ? '' : ' ')
  return text
}

describe('textPieces', () => {
  it('should cover the text with contiguous pieces, each at most the size unless it has no white space to cut at', () => {
    for (let seed = 0; seed < 500; seed++) {
      const text = generated(seed)
      const size = 20 + (seed % 90)
      const found = textPieces(text, size)
      expect(found[0]![0]).toBe(0)
      expect(found.at(-1)![1]).toBe(text.length)
      for (const [index, [start, end]] of found.entries()) {
        expect(end).toBeGreaterThan(start)
        if (index > 0) expect(start).toBe(found[index - 1]![1])
        if (end - start > size) expect(/\s/.test(text.slice(start + (size >> 1), start + size))).toBe(false)
        // A piece that is cut ends right after white space.
        if (end < text.length) expect(text.charAt(end - 1)).toMatch(/\s/)
      }
    }
  })

  it('should cut after a sentence when one ends in the second half of a piece', () => {
    const text = `${'a'.repeat(60)} ends here. Next ${'b'.repeat(20)} and more words follow, on and on.`
    expect(textPieces(text, 100)).toEqual([
      [0, 72],
      [72, text.length]
    ])
    expect(text.slice(0, 72).endsWith('here. ')).toBe(true)
  })

  it('should cut at white space when no sentence ends, and run on through text without any', () => {
    expect(textPieces('aaaa bbbb cccc dddd', 10)).toEqual([
      [0, 10],
      [10, 19]
    ])
    expect(textPieces('a'.repeat(30), 10)).toEqual([[0, 30]])
    expect(textPieces(`${'a'.repeat(30)} b`, 10)).toEqual([
      [0, 31],
      [31, 32]
    ])
  })
})

describe('findDates on a paragraph longer than a piece', () => {
  it('should find every date, at its place, as it finds each in its own sentence', () => {
    const sentences = [
      'The ministers met in Baku on 11 January 2022.',
      'They recalled the summit of 12 November 2021 in Istanbul.',
      'A further meeting is planned for March 2023, the chair said.',
      'Talks continued on Tuesday.',
      'Nothing was dated here at all, and nothing happened.'
    ]
    let text = ''
    const expected: unknown[] = []
    for (let index = 0; text.length < chronoPiece * 3; index++) {
      const sentence = sentences[index % sentences.length]!
      const offset = text.length
      for (const date of findDates(sentence, '2022-01-11')) expected.push([date.start + offset, date.end + offset, date.value, date.precision])
      text += `${sentence} `
    }
    expect(text.length).toBeGreaterThan(chronoPiece * 3)
    const found = findDates(text, '2022-01-11').map((date) => [date.start, date.end, date.value, date.precision])
    expect(found.length).toBeGreaterThan(300)
    expect(found).toEqual(expected)
  })
})
