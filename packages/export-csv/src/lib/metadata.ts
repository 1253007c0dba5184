import {attendeeColumns, listSeparator, type AttendeeColumn} from './columns.js'

/** The CSVW namespace, used as JSON-LD context of table descriptions. */
const csvwContext = 'http://www.w3.org/ns/csvw'

/** Configuration of `attendeesMetadata`. */
export interface MetadataOptions {
  /**
   * Where the CSV file is, relative to the metadata file or to `base` (optional, default:
   * `'attendees.csv'`).
   */
  url?: string | null | undefined
  /**
   * Absolute IRI against which `url` is resolved, written as `@base` in the `@context`
   * (optional, default: none, so `url` is resolved against the metadata file’s own location).
   */
  base?: string | null | undefined
}

/** A CSVW datatype: a built-in name, or a base datatype with a format. */
export type CsvwDatatype = 'anyURI' | 'date' | 'string' | Readonly<{base: 'boolean'; format: 'true|false'}>

/** A CSVW column description. */
export interface CsvwColumn {
  /** The column’s name, as in the CSV header. */
  name: AttendeeColumn
  /** The column’s title (the CSV header cell). */
  titles: AttendeeColumn
  /** What the column holds. */
  'dc:description': string
  /** The datatype of each value (of each item, for list columns). */
  datatype: CsvwDatatype
  /** Present and `true` when a cell is never empty. */
  required?: true
  /** The text of a missing value (present on columns that may be empty). */
  null?: ''
  /** The separator of list items (present on list columns). */
  separator?: typeof listSeparator
}

/** The CSVW dialect of `attendees.csv`. */
export interface CsvwDialect {
  encoding: 'utf-8'
  header: true
  headerRowCount: 1
  delimiter: ','
  quoteChar: '"'
  doubleQuote: true
  lineTerminators: ['\r\n']
  skipBlankRows: false
  skipInitialSpace: false
  trim: false
}

/** A CSVW table description (W3C “Metadata Vocabulary for Tabular Data”). */
export interface CsvwTableDescription {
  /** The CSVW context, with an `@base` when one was given. */
  '@context': typeof csvwContext | [typeof csvwContext, {'@base': string}]
  /** Where the CSV file is. */
  url: string
  /** Title of the table. */
  'dc:title': string
  /** What the table holds. */
  'dc:description': string
  /** How the file is written. */
  dialect: CsvwDialect
  /** The columns and keys. */
  tableSchema: {
    columns: CsvwColumn[]
    primaryKey: ['meeting_id', 'name']
  }
}

/** How each column is described, in column order. */
const columnDescriptions: Readonly<Record<AttendeeColumn, Readonly<Omit<CsvwColumn, 'name' | 'titles'>>>> = {
  meeting_id: {'dc:description': 'The meeting’s @id in entities.jsonld.', datatype: 'anyURI', required: true},
  meeting_date: {'dc:description': 'The meeting’s date (YYYY-MM-DD), or empty.', datatype: 'date', null: ''},
  name: {'dc:description': 'The participant’s name as in entities.jsonld.', datatype: 'string', required: true},
  honorific: {'dc:description': 'Honorific (H.E.), or empty.', datatype: 'string', null: ''},
  role: {'dc:description': 'The post as the best source gives it, or empty.', datatype: 'string', null: ''},
  country: {'dc:description': 'ISO 3166-1 alpha-2 code of the state they represent, or empty.', datatype: 'string', null: ''},
  organization: {'dc:description': 'The organization they serve (officials of an organization), or empty.', datatype: 'string', null: ''},
  status: {
    'dc:description': 'Their state’s or office’s standing in the meeting’s organization (member, observer, secretariat, guest), or empty when unknown.',
    datatype: 'string',
    null: ''
  },
  chair: {'dc:description': 'Whether they chaired the meeting.', datatype: {base: 'boolean', format: 'true|false'}, required: true},
  name_variants: {'dc:description': 'Every spelling seen, the canonical name first.', datatype: 'string', required: true, separator: listSeparator},
  sources: {'dc:description': 'The input file names that state this person took part.', datatype: 'string', null: '', separator: listSeparator}
}

/**
 * The CSVW table description of `attendees.csv` (write it as `attendees.csv-metadata.json`,
 * next to the CSV, so CSVW processors find it).
 *
 * It declares the dialect (UTF-8, a header row, `,`, CRLF, `"` doubled, no trimming), every
 * column with `name` and `titles` as in the header, a `datatype` (`anyURI` for `meeting_id`,
 * `date` for `meeting_date`, `boolean` in the format `true|false` for `chair`, `string`
 * otherwise), `separator: ";"` on `name_variants` and `sources`, `null: ""` on columns that may be
 * empty, `required: true` on those that never are, and the primary key `meeting_id` + `name`.
 *
 * > **Note**: cells are written through `neutralizeCell`, so a text value may start with an
 * > apostrophe that is not part of the data (see the README, § Security).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   A new table description (a plain JSON value).
 * @throws {Error}
 *   When `url` is empty or `base` is not an absolute IRI.
 * @example
 *   attendeesMetadata().tableSchema.columns[0]?.name // => 'meeting_id'
 */
export function attendeesMetadata(options?: Readonly<MetadataOptions> | null): CsvwTableDescription {
  const url = options?.url ?? 'attendees.csv'
  const base = options?.base ?? null
  if (url === '') throw new Error('Invalid `url` ``, expected the location of the CSV file (`attendees.csv`)')
  if (base !== null && !URL.canParse(base)) {
    throw new Error(`Invalid \`base\` \`${base}\`, expected an absolute IRI (\`https://example.org/data/\`)`)
  }

  return {
    '@context': base === null ? csvwContext : [csvwContext, {'@base': base}],
    url,
    'dc:title': 'Meeting attendees',
    'dc:description': 'One row per participant per meeting, over the whole run (Communiqué output contract, version 1).',
    dialect: {
      encoding: 'utf-8',
      header: true,
      headerRowCount: 1,
      delimiter: ',',
      quoteChar: '"',
      doubleQuote: true,
      lineTerminators: ['\r\n'],
      skipBlankRows: false,
      skipInitialSpace: false,
      trim: false
    },
    tableSchema: {
      columns: attendeeColumns.map((column) => ({name: column, titles: column, ...columnDescriptions[column]})),
      primaryKey: ['meeting_id', 'name']
    }
  }
}

/**
 * Serialise the CSVW table description of `attendees.csv` as JSON.
 *
 * @param options
 *   Configuration, as for `attendeesMetadata` (optional).
 * @returns
 *   The JSON text, indented with 2 spaces, with a final line feed.
 * @example
 *   writeFileSync('out/attendees.csv-metadata.json', serializeMetadata())
 */
export function serializeMetadata(options?: Readonly<MetadataOptions> | null): string {
  return `${JSON.stringify(attendeesMetadata(options), null, 2)}\n`
}
