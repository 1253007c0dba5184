// The shape of a gold annotation (../shared/GOLD.md): what the corpus's gold (test/gold/) and the
// sets of unseen documents (test/unseen*/gold/) hold, one file per document.

/** One document's gold. */
export interface Gold {
  kind: string
  date: string | null
  title: string | null
  dateline: string | null
  publisher: string | null
  attendees: Array<{name: string; role: string; country: string | null; organization: string | null; chair: boolean}>
  persons: Array<{name: string; variants: string[]; role: string | null}>
  quotes: Array<{speaker: string; start: string}>
  recitals: number
  operative_clauses: number
}
