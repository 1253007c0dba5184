import type {Corpus, CountryEntity, MeetingEntity, OrganizationEntity, ParticipantEntity, PersonEntity} from '@communique/resolver'
import {listSeparator, type AttendeeRow} from './columns.js'

/** A date, or the date part of a date-time (`2022-01-11`, `2022-01-11T10:00:00Z`). */
const datePattern = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:T|$)/

/** An ISO 3166-1 alpha-2 code. */
const countryCodePattern = /^[A-Z]{2}$/

/** What a list item may not contain (it would split the item) and what replaces it. */
const separatorReplacement = ','

/** A row and the keys that make the order total. */
interface Entry {
  row: AttendeeRow
  person: string
  participant: string
}

/** Lookups built once per call. */
interface State {
  people: Map<string, PersonEntity>
  organizations: Map<string, OrganizationEntity>
  countries: Map<string, CountryEntity>
}

/**
 * The rows of `attendees.csv`: one per participant per meeting, over the whole run.
 *
 * Each row takes the person’s canonical `name`, `honorific` and spellings from `corpus.people`,
 * the name of the organization served from `corpus.organizations`, and the rest from the
 * participant. `name_variants` is the canonical name, then the person’s `alternateNames`;
 * `sources` is the participant’s `sources`; both without duplicates or empty items, `;`-joined,
 * with any `;` inside an item written as `,` (a list cell has no way to escape its separator).
 *
 * Rows are sorted by `meeting_date` (undated meetings last), then `meeting_id`, then the chair
 * first, then `name` (by UTF-16 code units, so the order does not depend on the locale), then by
 * person and attendance IRI.
 *
 * > **Note**: the values are raw text; `toAttendeesCsv` neutralises formula triggers when it
 * > writes them (see `neutralizeCell`).
 *
 * @param corpus
 *   Everything the run knows (from `@communique/resolver`).
 * @returns
 *   The rows, in order (empty when no meeting has participants).
 * @throws {Error}
 *   When the corpus refers to a person or an organization it does not contain, or holds a
 *   meeting date or country that is not well-formed.
 * @example
 *   attendeeRows(corpus)[0]?.name // => 'Ilvana Dárecz'
 */
export function attendeeRows(corpus: Readonly<Corpus>): AttendeeRow[] {
  const state: State = {
    people: new Map(corpus.people.map((person) => [person.id, person])),
    organizations: new Map(corpus.organizations.map((organization) => [organization.id, organization])),
    countries: new Map(corpus.countries.map((country) => [country.id, country]))
  }
  const entries: Entry[] = []

  for (const meeting of corpus.meetings) {
    const date = meetingDate(meeting)
    for (const participant of meeting.participants) {
      entries.push({row: row(state, meeting, date, participant), person: participant.person, participant: participant.id})
    }
  }

  return entries.sort(compareEntries).map((entry) => entry.row)
}

/**
 * One row.
 *
 * @param state
 *   Lookups.
 * @param meeting
 *   The meeting.
 * @param date
 *   Its date (`''` when unknown).
 * @param participant
 *   One of its participants.
 * @returns
 *   The row.
 */
function row(state: State, meeting: Readonly<MeetingEntity>, date: string, participant: Readonly<ParticipantEntity>): AttendeeRow {
  const person = state.people.get(participant.person)
  if (!person) {
    throw new Error(
      `Cannot export participant \`${participant.id}\` of meeting \`${meeting.id}\`: person \`${participant.person}\` is not in \`corpus.people\`; add the person or drop the participant`
    )
  }

  let organization = ''
  if (participant.organization !== null) {
    const entity = state.organizations.get(participant.organization)
    if (!entity) {
      throw new Error(
        `Cannot export participant \`${participant.id}\` of meeting \`${meeting.id}\`: organization \`${participant.organization}\` is not in \`corpus.organizations\`; add the organization or set it to \`null\``
      )
    }
    organization = entity.name
  }

  return {
    meeting_id: meeting.id,
    meeting_date: date,
    name: person.name,
    honorific: person.honorific ?? '',
    role: participant.role ?? '',
    country: countryCode(state, meeting, participant),
    organization,
    status: participant.status ?? '',
    chair: participant.chair ? 'true' : 'false',
    name_variants: list([person.name, ...person.alternateNames]),
    sources: list(participant.sources)
  }
}

/**
 * The date of a meeting as `YYYY-MM-DD`.
 *
 * @param meeting
 *   The meeting.
 * @returns
 *   Its date, the date part of its date-time, or `''` when it has none.
 */
function meetingDate(meeting: Readonly<MeetingEntity>): string {
  if (meeting.startDate === null) return ''
  const match = datePattern.exec(meeting.startDate)
  if (!match?.[1]) {
    throw new Error(
      `Cannot export meeting \`${meeting.id}\`: invalid \`startDate\` \`${meeting.startDate}\`, expected \`YYYY-MM-DD\` (or an ISO 8601 date-time) or \`null\``
    )
  }
  return match[1]
}

/**
 * The ISO 3166-1 alpha-2 code of the state a participant represents.
 *
 * @param state
 *   Lookups.
 * @param meeting
 *   The meeting (for the error message).
 * @param participant
 *   The participant; `country` may be a code (`AZ`) or the IRI of a country of the corpus.
 * @returns
 *   The code, or `''`.
 */
function countryCode(state: State, meeting: Readonly<MeetingEntity>, participant: Readonly<ParticipantEntity>): string {
  const value = participant.country
  if (value === null) return ''
  if (countryCodePattern.test(value)) return value
  const entity = state.countries.get(value)
  if (entity && countryCodePattern.test(entity.code)) return entity.code
  throw new Error(
    `Cannot export participant \`${participant.id}\` of meeting \`${meeting.id}\`: invalid \`country\` \`${value}\`, expected an ISO 3166-1 alpha-2 code (\`AZ\`), the IRI of a country in \`corpus.countries\`, or \`null\``
  )
}

/**
 * Join list items.
 *
 * @param items
 *   The items.
 * @returns
 *   The unique non-empty items, in first-seen order, `;`-joined (a `;` inside an item becomes `,`).
 */
function list(items: ReadonlyArray<string>): string {
  const seen = new Set<string>()
  for (const item of items) {
    const clean = item.replaceAll(listSeparator, separatorReplacement)
    if (clean !== '') seen.add(clean)
  }
  return [...seen].join(listSeparator)
}

/**
 * Order rows: by date (undated last), meeting, chair first, name, person, attendance.
 *
 * @param left
 *   One entry.
 * @param right
 *   Another.
 * @returns
 *   Negative, zero or positive.
 */
function compareEntries(left: Entry, right: Entry): number {
  const a = left.row
  const b = right.row
  if (a.meeting_date !== b.meeting_date) {
    if (a.meeting_date === '') return 1
    if (b.meeting_date === '') return -1
  }
  return (
    compareText(a.meeting_date, b.meeting_date) ||
    compareText(a.meeting_id, b.meeting_id) ||
    compareText(b.chair, a.chair) ||
    compareText(a.name, b.name) ||
    compareText(left.person, right.person) ||
    compareText(left.participant, right.participant)
  )
}

/**
 * Compare by UTF-16 code units (locale-independent).
 *
 * @param a
 *   One string.
 * @param b
 *   Another.
 * @returns
 *   `-1`, `0` or `1`.
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
