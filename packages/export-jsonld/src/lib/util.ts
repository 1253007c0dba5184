import type {IdReference} from 'schema-dts'

/** Characters that may not occur in an IRI written by the exporter (RFC 3987 excludes them; JSON-LD processors choke on them). */
const unsafeIriCharacter = /[\u0000-\u0020<>"{}|\\^`\u007F-\u009F]/

/** Dates written as `YYYY-MM-DD`. */
const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** ISO 8601 date-times as `YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]`. */
const dateTime = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/

/**
 * Compare two strings by UTF-16 code units: the same order on every machine and locale.
 *
 * @param a
 *   A string.
 * @param b
 *   Another.
 * @returns
 *   A negative number, `0` or a positive number.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Distinct strings in code-unit order.
 *
 * @param values
 *   Strings (in any order, maybe repeated).
 * @returns
 *   A new sorted array without repeats.
 */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compare)
}

/**
 * Whether a value is an absolute IRI the exporter may write as `@id`: it parses with `new URL()`,
 * has a scheme, and has no white space, controls or characters IRIs exclude (`<>"{}|\^` and backtick).
 *
 * @param value
 *   Candidate IRI.
 * @returns
 *   Whether it is one.
 */
export function isAbsoluteIri(value: string): boolean {
  if (value === '' || unsafeIriCharacter.test(value)) return false
  try {
    return new URL(value).protocol.length > 1
  } catch {
    return false
  }
}

/**
 * Check that a value from the corpus is an absolute IRI.
 *
 * @param value
 *   Candidate IRI.
 * @param what
 *   What it identifies, for the error message (`person`, `document`…).
 * @returns
 *   The IRI.
 * @throws {Error}
 *   When it is not an absolute IRI.
 */
export function assertIri(value: string, what: string): string {
  if (!isAbsoluteIri(value)) {
    throw new Error(
      `Invalid IRI \`${value}\` for ${what}: expected an absolute IRI without spaces (such as \`https://example.org/communique/id/person/jane-doe\`); the corpus must be resolved with a valid base`
    )
  }

  return value
}

/**
 * A node reference.
 *
 * @param iri
 *   IRI of the node (checked).
 * @param what
 *   What it identifies, for the error message.
 * @returns
 *   `{"@id": iri}`.
 */
export function ref(iri: string, what: string): IdReference {
  return {'@id': assertIri(iri, what)}
}

/**
 * Node references, distinct and in IRI order.
 *
 * @param iris
 *   IRIs (checked).
 * @param what
 *   What they identify, for the error message.
 * @returns
 *   `[{"@id": iri}, …]`.
 */
export function refs(iris: Iterable<string>, what: string): IdReference[] {
  return sortedUnique(iris).map((iri) => ref(iri, what))
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (`2024-02-30` is not).
 *
 * @param value
 *   Candidate date.
 * @returns
 *   Whether it is one.
 */
export function isFullDate(value: string): boolean {
  const match = fullDate.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Whether a value is an ISO 8601 date (`2024-03-05`) or date-time (`2024-03-05T09:30:00Z`).
 *
 * @param value
 *   Candidate.
 * @returns
 *   Whether it is one.
 */
export function isDateOrDateTime(value: string): boolean {
  if (isFullDate(value)) return true
  const match = dateTime.exec(value)
  return match !== null && match[1] !== undefined && isFullDate(match[1])
}
