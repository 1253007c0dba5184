import type {Corpus} from '@communique/resolver'
import {stringify} from 'csv-stringify/sync'
import {attendeeColumns, type AttendeeColumn} from './columns.js'
import {neutralizeCell} from './neutralize.js'
import {attendeeRows} from './rows.js'

/** Configuration of `toAttendeesCsv`. */
export interface ToCsvOptions {
  /**
   * Start the text with a UTF-8 byte order mark (`U+FEFF`) so that spreadsheets (Excel) detect
   * UTF-8 (optional, default: `false`).
   */
  bom?: boolean | null | undefined
}

/**
 * Serialise the attendees of a run as `attendees.csv`.
 *
 * The text is RFC 4180 CSV: a header row with the contract’s columns in order, `,` between
 * fields, CRLF after every record (the last one included), and a field quoted (`"…"`, with
 * quotes doubled) when it contains a comma, a quote, a carriage return or a line feed. Every
 * cell goes through `neutralizeCell` first: NUL characters are removed and a cell that a
 * spreadsheet would read as a formula gets a leading `'`.
 *
 * Encode the result as UTF-8 (`writeFileSync(path, text)` does).
 *
 * @param corpus
 *   Everything the run knows (from `@communique/resolver`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The CSV text (just the header row when there are no participants).
 * @throws {Error}
 *   When `attendeeRows` does (an inconsistent corpus).
 * @example
 *   writeFileSync('out/attendees.csv', toAttendeesCsv(corpus))
 */
export function toAttendeesCsv(corpus: Readonly<Corpus>, options?: Readonly<ToCsvOptions> | null): string {
  const records = attendeeRows(corpus).map((row) => {
    const record: Partial<Record<AttendeeColumn, string>> = {}
    for (const column of attendeeColumns) record[column] = neutralizeCell(row[column])
    return record
  })

  return stringify(records, {
    bom: options?.bom === true,
    columns: attendeeColumns.map((column) => ({key: column, header: column})),
    header: true,
    delimiter: ',',
    quote: '"',
    escape: '"',
    record_delimiter: 'windows',
    // With a custom `record_delimiter`, csv-stringify would otherwise leave a lone `\n` or `\r`
    // unquoted, which splits the record for every reader.
    quote_record_delimiter: true,
    // Done by `neutralizeCell`, with a rule the README documents and `restoreCell` undoes.
    escape_formulas: false,
    eof: true
  })
}
