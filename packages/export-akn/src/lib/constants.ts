/** The Akoma Ntoso 3.0 namespace. */
export const namespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

/**
 * The date that stands in when a document's date is unknown (neither the document nor its meeting gives
 * one): the schema requires a full `xsd:date` in every `FRBRdate/@date` and the work IRI needs a date.
 * `FRBRdate/@name` is then `unknown`, and the expression IRI ends in `@` (the original version, undated).
 */
export const unknownDate = '9999-12-31'

/** The media type of the manifestation (`FRBRformat`). */
export const format = 'application/akn+xml'
