/**
 * The columns of `attendees.csv`, in order (output contract, version 1).
 *
 * > **Note**: the order is part of the public contract. New columns may only be added at the
 * > end; none may be renamed or dropped without a new contract version.
 */
export const attendeeColumns = Object.freeze([
  'meeting_id',
  'meeting_date',
  'name',
  'honorific',
  'role',
  'country',
  'organization',
  'status',
  'chair',
  'name_variants',
  'sources'
] as const)

/** The name of one column of `attendees.csv`. */
export type AttendeeColumn = (typeof attendeeColumns)[number]

/** The separator of the list columns (`name_variants`, `sources`). */
export const listSeparator = ';'

/**
 * One row of `attendees.csv`: one participant of one meeting.
 *
 * Every value is text, exactly as it is meant to be read back (before the formula-injection guard
 * that `toAttendeesCsv` applies to each cell); an empty string means “none” or “unknown”.
 */
export interface AttendeeRow {
  /** The meeting’s IRI (its `@id` in `entities.jsonld`). */
  meeting_id: string
  /** The meeting’s date as `YYYY-MM-DD`, or `''`. */
  meeting_date: string
  /** The person’s canonical name (their `name` in `entities.jsonld`). */
  name: string
  /** The person’s honorific (`H.E.`), or `''`. */
  honorific: string
  /** The post under which they took part, as the best source gives it, or `''`. */
  role: string
  /** ISO 3166-1 alpha-2 code of the state they represent, or `''`. */
  country: string
  /** Name of the organization they serve (officials of an organization), or `''`. */
  organization: string
  /** Their standing in the meeting’s organization (`member`, `observer`, …), or `''`. */
  status: string
  /** `'true'` when they chaired the meeting, otherwise `'false'`. */
  chair: 'true' | 'false'
  /** The canonical name, then every other spelling, `;`-separated. */
  name_variants: string
  /** File names of the documents that state they took part, `;`-separated. */
  sources: string
}
