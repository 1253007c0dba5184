// `test/fixtures/attendees.csv-metadata.json` is the expected metadata, byte for byte.
// Regenerate it on purpose with `UPDATE=1 npx vitest run packages/export-csv`.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {attendeesMetadata, serializeMetadata, toAttendeesCsv, type CsvwColumn} from '../src/index.js'
import {fixtureCorpus} from './fixtures/corpus.js'

const fixtureUrl = new URL('fixtures/attendees.csv-metadata.json', import.meta.url)
const update = process.env['UPDATE'] === '1'

/**
 * Check one cell against its CSVW column description.
 *
 * @param column
 *   The column description.
 * @param cell
 *   The cell text.
 * @returns
 *   A problem, or `undefined`.
 */
function problem(column: Readonly<CsvwColumn>, cell: string): string | undefined {
  if (cell === (column.null ?? '')) return column.required ? 'required, but empty' : undefined
  const items = column.separator === undefined ? [cell] : cell.split(column.separator)
  for (const item of items) {
    if (item === '') return 'empty list item'
    const datatype = column.datatype
    if (datatype === 'date') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(item) || new Date(`${item}T00:00:00Z`).toISOString().slice(0, 10) !== item) return `not a date: ${item}`
    } else if (datatype === 'anyURI') {
      if (!URL.canParse(item) || !/^[a-z][a-z\d+.-]*:/i.test(item)) return `not an absolute URL: ${item}`
    } else if (typeof datatype === 'object') {
      if (!datatype.format.split('|').includes(item)) return `not ${datatype.format}: ${item}`
    } else if (datatype !== 'string') {
      return `unknown datatype ${String(datatype)}`
    }
  }
  return undefined
}

describe('attendeesMetadata', () => {
  it('should be recorded in the fixture file', () => {
    const actual = serializeMetadata()
    if (update) writeFileSync(fixtureUrl, actual)
    expect(existsSync(fixtureUrl), 'missing `test/fixtures/attendees.csv-metadata.json`: run with `UPDATE=1`').toBe(true)
    expect(actual).toBe(readFileSync(fixtureUrl, 'utf8'))
  })

  it('should describe a CSVW table of `attendees.csv`', () => {
    const metadata = attendeesMetadata()
    expect(metadata['@context']).toBe('http://www.w3.org/ns/csvw')
    expect(metadata.url).toBe('attendees.csv')
    expect(metadata.dialect).toMatchObject({header: true, delimiter: ',', lineTerminators: ['\r\n'], encoding: 'utf-8'})
    expect(metadata.tableSchema.primaryKey).toEqual(['meeting_id', 'name'])
  })

  it('should name the columns as the CSV header does, in order', () => {
    const header = toAttendeesCsv(fixtureCorpus()).split('\r\n')[0]!.split(',')
    const columns = attendeesMetadata().tableSchema.columns
    expect(columns.map((column) => column.name)).toEqual(header)
    expect(columns.map((column) => column.titles)).toEqual(header)
  })

  it('should type each column as the contract says', () => {
    const byName = Object.fromEntries(attendeesMetadata().tableSchema.columns.map((column) => [column.name, column]))
    expect(byName['meeting_id']).toMatchObject({datatype: 'anyURI', required: true})
    expect(byName['meeting_date']).toMatchObject({datatype: 'date', null: ''})
    expect(byName['name']).toMatchObject({datatype: 'string', required: true})
    expect(byName['chair']).toMatchObject({datatype: {base: 'boolean', format: 'true|false'}, required: true})
    expect(byName['name_variants']).toMatchObject({separator: ';'})
    expect(byName['sources']).toMatchObject({separator: ';', null: ''})
    for (const column of Object.values(byName)) {
      expect(column.required === true || column.null === '', `${column.name} is neither required nor nullable`).toBe(true)
      expect(column.required === true && column.null !== undefined, `${column.name} is both required and nullable`).toBe(false)
    }
    for (const name of ['honorific', 'role', 'country', 'organization', 'status']) {
      expect(byName[name]).toMatchObject({datatype: 'string', null: ''})
    }
  })

  it('should be respected by every row of the fixture CSV', () => {
    const columns = attendeesMetadata().tableSchema.columns
    const records = parse<Record<string, string>>(toAttendeesCsv(fixtureCorpus()), {columns: true, bom: true})
    expect(records.length).toBe(7)
    const problems: string[] = []
    for (const [index, record] of records.entries()) {
      for (const column of columns) {
        const found = problem(column, record[column.name] ?? '')
        if (found) problems.push(`row ${index + 1}, ${column.name}: ${found}`)
      }
    }
    expect(problems).toEqual([])
    const keys = records.map((record) => JSON.stringify([record['meeting_id'], record['name']]))
    expect(new Set(keys).size, 'primary key not unique').toBe(keys.length)
  })

  it('should catch a row that breaks a column description (the check can fail)', () => {
    const columns = Object.fromEntries(attendeesMetadata().tableSchema.columns.map((column) => [column.name, column]))
    expect(problem(columns['meeting_date']!, '2031-02-30')).toBe('not a date: 2031-02-30')
    expect(problem(columns['chair']!, 'yes')).toBe('not true|false: yes')
    expect(problem(columns['meeting_id']!, 'event/1')).toBe('not an absolute URL: event/1')
    expect(problem(columns['name_variants']!, 'A;;B')).toBe('empty list item')
    expect(problem(columns['name']!, '')).toBe('required, but empty')
  })

  it('should support `url` and `base`', () => {
    const metadata = attendeesMetadata({url: 'tables/attendees.csv', base: 'https://example.org/run/'})
    expect(metadata.url).toBe('tables/attendees.csv')
    expect(metadata['@context']).toEqual(['http://www.w3.org/ns/csvw', {'@base': 'https://example.org/run/'}])
    expect(attendeesMetadata({url: null, base: null})).toEqual(attendeesMetadata())
  })

  it('should reject an empty `url` and a relative `base`', () => {
    expect(() => attendeesMetadata({url: ''})).toThrow('Invalid `url` ``, expected the location of the CSV file (`attendees.csv`)')
    expect(() => attendeesMetadata({base: 'run/'})).toThrow('Invalid `base` `run/`, expected an absolute IRI (`https://example.org/data/`)')
  })

  it('should return a fresh object each time', () => {
    const one = attendeesMetadata()
    one.tableSchema.columns.pop()
    expect(attendeesMetadata().tableSchema.columns.length).toBe(11)
  })
})

describe('serializeMetadata', () => {
  it('should write JSON with 2-space indentation and a final line feed', () => {
    const text = serializeMetadata({url: 'a.csv'})
    expect(text).toBe(`${JSON.stringify(attendeesMetadata({url: 'a.csv'}), null, 2)}\n`)
    expect(text.startsWith('{\n  "@context": "http://www.w3.org/ns/csvw",\n  "url": "a.csv",')).toBe(true)
  })
})
