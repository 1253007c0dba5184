// `test/fixtures/attendees.csv` is the expected output for `fixtures/corpus.ts`, byte for byte.
// Regenerate it on purpose with `UPDATE=1 npx vitest run packages/export-csv`.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import type {Corpus} from '@communique/resolver'
import {attendeeColumns, attendeeRows, neutralizeCell, restoreCell, toAttendeesCsv, type AttendeeRow} from '../src/index.js'
import {fixtureCorpus} from './fixtures/corpus.js'

const fixtureUrl = new URL('fixtures/attendees.csv', import.meta.url)
const update = process.env['UPDATE'] === '1'
const triggers = ['=', '+', '-', '@', '\t', '\r']

/** Read CSV text back as records keyed by the header. */
const read = (text: string) => parse<Record<string, string>>(text, {columns: true, bom: true})

/** The column names of the `attendees.csv` table in the output contract (`OUTPUTS.md`). */
function contractColumns(): string[] {
  const contract = readFileSync(new URL('../../../OUTPUTS.md', import.meta.url), 'utf8')
  const section = contract.split(/^### /m).find((part) => part.startsWith('`attendees.csv`\n'))
  if (!section) throw new Error('Cannot find the `attendees.csv` section in OUTPUTS.md')
  return [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]!)
}

/** A corpus where every text that ends up in a cell starts with a formula trigger. */
function hostileCorpus(): Corpus {
  const corpus = fixtureCorpus()
  corpus.people = corpus.people.map((person, index) => ({
    ...person,
    name: `${triggers[index % triggers.length]}${person.name}`,
    honorific: '@H.E.',
    alternateNames: person.alternateNames.map((name) => `-${name}`)
  }))
  for (const organization of corpus.organizations) organization.name = `+${organization.name}`
  for (const meeting of corpus.meetings) {
    for (const participant of meeting.participants) {
      participant.role = '=1+2'
      participant.sources = participant.sources.map((source) => `-${source}`)
    }
  }
  // `status`, `chair`, `country` and `meeting_date` are closed sets; the other texts come from documents.
  return corpus
}

describe('toAttendeesCsv', () => {
  it('should write the fixture run exactly as recorded (CRLF, quoting, guard)', () => {
    const actual = toAttendeesCsv(fixtureCorpus())
    if (update) writeFileSync(fixtureUrl, actual)
    expect(existsSync(fixtureUrl), 'missing `test/fixtures/attendees.csv`: run with `UPDATE=1`').toBe(true)
    expect(actual).toBe(readFileSync(fixtureUrl, 'utf8'))
  })

  it('should start with a header row that is the contract’s columns, in order', () => {
    const header = toAttendeesCsv(fixtureCorpus()).split('\r\n')[0]
    expect(contractColumns()).toEqual([...attendeeColumns])
    expect(header).toBe(contractColumns().join(','))
  })

  it('should end every record with CRLF and never use a bare line feed outside a quoted field', () => {
    const text = toAttendeesCsv(fixtureCorpus())
    expect(text.endsWith('\r\n')).toBe(true)
    // Outside quoted fields (quoted fields are removed first), every LF follows a CR.
    const unquoted = text.replaceAll(/"(?:[^"]|"")*"/g, '')
    expect(unquoted.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('should quote fields with a comma, a quote or a line break, doubling quotes', () => {
    const text = toAttendeesCsv(fixtureCorpus())
    expect(text).toContain(',"Oddný ""Odd"" Haraldsdóttir, Jr.",')
    expect(text).toContain(',"Minister of State\nfor Lake Affairs of the Portuguese Republic",')
    expect(text).toContain(',Brannoc Ellery,')
  })

  it('should read back with csv-parse as the rows, once the guard is undone', () => {
    const rows = attendeeRows(fixtureCorpus())
    const records = read(toAttendeesCsv(fixtureCorpus()))
    expect(records).toEqual(rows.map((row) => mapRow(row, neutralizeCell)))
    expect(records.map((record) => mapRow(record as unknown as AttendeeRow, restoreCell))).toEqual(rows)
    for (const record of records) expect(Object.keys(record)).toEqual([...attendeeColumns])
  })

  it('should write just the header row for a run without participants', () => {
    expect(toAttendeesCsv({...fixtureCorpus(), meetings: []})).toBe(`${attendeeColumns.join(',')}\r\n`)
  })

  it('should add a UTF-8 BOM only when asked', () => {
    const plain = toAttendeesCsv(fixtureCorpus())
    const withBom = toAttendeesCsv(fixtureCorpus(), {bom: true})
    expect(plain.charCodeAt(0)).not.toBe(0xfe_ff)
    expect(toAttendeesCsv(fixtureCorpus(), null)).toBe(plain)
    expect(toAttendeesCsv(fixtureCorpus(), {bom: false})).toBe(plain)
    expect(withBom).toBe(`\uFEFF${plain}`)
    expect([...Buffer.from(withBom, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(read(withBom)).toEqual(read(plain))
  })

  it('should neutralise formula triggers in every column taken from text', () => {
    const records = read(toAttendeesCsv(hostileCorpus()))
    expect(records.length).toBe(7)
    for (const record of records) {
      for (const column of attendeeColumns) {
        expect(triggers.includes(record[column]!.charAt(0)), `${column}: ${JSON.stringify(record[column])}`).toBe(false)
      }
    }
    const first = records[0]!
    expect(first['role']).toBe(`'=1+2`)
    expect(first['honorific']).toBe(`'@H.E.`)
    expect(first['name']).toBe(`'=Ilvana Dárecz`)
    expect(first['name_variants']).toBe(`'=Ilvana Dárecz;-Ilvana Darecz;-Dárecz`)
    expect(first['sources']).toBe(`'-101_lakeside_spring.txt;-102_news_spring.txt`)
    const official = records.find((record) => record['organization'] !== '')
    expect(official?.['organization']).toBe(`'+Secretariat of the Lakeside Forum`)
  })

  it('should remove NUL characters', () => {
    const corpus = fixtureCorpus()
    corpus.meetings[0]!.participants[0]!.role = 'Special\0 Envoy'
    const text = toAttendeesCsv(corpus)
    expect(text).not.toContain('\0')
    expect(text).toContain(',Special Envoy,')
  })
})

/**
 * Apply `f` to every cell of a row.
 *
 * @param row
 *   A row.
 * @param f
 *   What to do to each cell.
 * @returns
 *   A new row, same key order.
 */
function mapRow(row: Readonly<AttendeeRow>, f: (value: string) => string): Record<string, string> {
  return Object.fromEntries(attendeeColumns.map((column) => [column, f(row[column])]))
}
