// The run's outputs against each other: entities.jsonld loads offline into an RDF store, and a SPARQL
// query for each meeting's participants and chair returns exactly the rows of attendees.csv; the CSV
// matches its CSVW description.
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import jsonld from 'jsonld'
import oxigraph from 'oxigraph'
import {beforeAll, describe, expect, it} from 'vitest'
import {exportDocuments} from '@communique/cli'

const schemaContext = JSON.parse(readFileSync(new URL('../schemas/schemaorg/schemaorgcontext.jsonld', import.meta.url), 'utf8')) as object
const vocabulary = readFileSync(new URL('../schemas/schemaorg/schemaorg-current-http.nt', import.meta.url), 'utf8')

const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return {contextUrl: undefined, documentUrl: url, document: schemaContext}
  throw new Error(`Offline: refused to load ${url}`)
}

let out: string
let graph: object
let rows: Array<Record<string, string>>

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'communique-outputs-'))
  const report = await exportDocuments([new URL('../corpus/', import.meta.url).pathname], {out})
  expect(report.failed).toBe(0)
  graph = JSON.parse(readFileSync(path.join(out, 'entities.jsonld'), 'utf8')) as object
  rows = parseCsv(readFileSync(path.join(out, 'attendees.csv')), {columns: true, bom: true}) as Array<Record<string, string>>
}, 120_000)

describe('entities.jsonld', () => {
  it('should expand offline in safe mode and use only schema.org terms', async () => {
    const nquads = (await jsonld.toRDF(graph as never, {format: 'application/n-quads', documentLoader: documentLoader as never, safe: true} as never)) as unknown as string
    const terms = new Set<string>()
    for (const line of nquads.split('\n')) {
      const match = /^\S+ <([^>]+)> (\S+)/.exec(line)
      if (!match) continue
      terms.add(match[1]!.replace('https://schema.org/', 'http://schema.org/'))
      if (match[1] === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type') terms.add(match[2]!.slice(1, -1).replace('https://schema.org/', 'http://schema.org/'))
    }
    terms.delete('http://www.w3.org/1999/02/22-rdf-syntax-ns#type')
    const unknown = [...terms].filter((term) => !vocabulary.includes(`<${term}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>`))
    expect(unknown).toEqual([])
  })

  it('should answer the attendee query with exactly the rows of attendees.csv', async () => {
    const nquads = (await jsonld.toRDF(graph as never, {format: 'application/n-quads', documentLoader: documentLoader as never} as never)) as unknown as string
    const store = new oxigraph.Store()
    store.load(nquads, {format: 'application/n-quads'})
    const results = store.query(`
      PREFIX schema: <http://schema.org/>
      SELECT ?event ?name ?role WHERE {
        ?event a schema:Event ; schema:attendee ?attendance .
        ?attendance schema:roleName ?role ; schema:attendee ?person .
        ?person schema:name ?name .
      }`) as Array<Map<string, {value: string}>>
    const fromSparql = results.map((binding) => `${binding.get('event')!.value}|${binding.get('name')!.value}|${binding.get('role')!.value === 'chair'}`).sort()
    const fromCsv = rows.map((row) => `${row['meeting_id']}|${row['name']}|${row['chair']}`).sort()
    expect(fromSparql).toEqual(fromCsv)
    expect(fromCsv.length).toBeGreaterThanOrEqual(8)
  })
})

describe('attendees.csv', () => {
  it('should follow its CSVW description, column by column', () => {
    const metadata = JSON.parse(readFileSync(path.join(out, 'attendees.csv-metadata.json'), 'utf8')) as {
      url: string
      tableSchema: {columns: Array<{name: string; datatype: string | {base: string}; separator?: string; required?: boolean}>}
    }
    const header = readFileSync(path.join(out, 'attendees.csv'), 'utf8').split('\r\n')[0]!.split(',')
    expect(metadata.url).toBe('attendees.csv')
    expect(metadata.tableSchema.columns.map((column) => column.name)).toEqual(header)
    for (const row of rows) {
      for (const column of metadata.tableSchema.columns) {
        const value = row[column.name]!
        const base = typeof column.datatype === 'string' ? column.datatype : column.datatype.base
        if (column.required) expect(value, column.name).not.toBe('')
        if (value === '') continue
        if (base === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        if (base === 'boolean') expect(['true', 'false']).toContain(value)
        if (base === 'anyURI') expect(() => new URL(value)).not.toThrow()
        if (column.separator) expect(value.split(column.separator).every((part) => part.length > 0)).toBe(true)
      }
    }
  })

  it('should end every record with CRLF', () => {
    const text = readFileSync(path.join(out, 'attendees.csv'), 'utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})
