export {attendeeColumns, listSeparator, type AttendeeColumn, type AttendeeRow} from './lib/columns.js'
export {
  attendeesMetadata,
  serializeMetadata,
  type CsvwColumn,
  type CsvwDatatype,
  type CsvwDialect,
  type CsvwTableDescription,
  type MetadataOptions
} from './lib/metadata.js'
export {neutralizeCell, restoreCell} from './lib/neutralize.js'
export {attendeeRows} from './lib/rows.js'
export {toAttendeesCsv, type ToCsvOptions} from './lib/to-csv.js'
