import {describe, expect, it} from 'vitest'
import {findDates} from '@communique/parser'

const values = (text: string, reference: string | null = null) =>
  findDates(text, reference).map((date) => [text.slice(date.start, date.end), date.value, date.precision, date.relative])

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
