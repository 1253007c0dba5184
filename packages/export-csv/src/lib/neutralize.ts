/**
 * A cell that a spreadsheet would read as a formula: its first character after any leading
 * apostrophes is `=`, `+`, `-`, `@`, tab or carriage return, or the fullwidth `＝`, `＋`, `－`, `＠`
 * (which some spreadsheets normalise to their ASCII forms).
 */
const formulaStart = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/** A neutralised cell: one or more apostrophes, then a formula trigger. */
const neutralizedStart = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/**
 * Guard one CSV cell against formula injection (OWASP “CSV Injection”).
 *
 * NUL characters are removed first. Then, when the cell starts with `=`, `+`, `-`, `@`, a tab
 * (`\t`) or a carriage return (`\r`) (or a fullwidth `＝`, `＋`, `－`, `＠`), one apostrophe (`'`)
 * is prepended, so spreadsheets show the text instead of running it. A cell that already starts
 * with apostrophes followed by one of those characters gets one more apostrophe, so that
 * `restoreCell` gives back the exact text.
 *
 * > **Note**: only the first character matters: `-` inside a word (`Jean-Luc`) is left alone.
 *
 * @param value
 *   The text of a cell.
 * @returns
 *   The text to write: `value` without NUL characters, with a leading `'` when it needs one.
 * @example
 *   neutralizeCell('=HYPERLINK("https://example.com")') // => `'=HYPERLINK("https://example.com")`
 *   neutralizeCell('Jean-Luc') // => 'Jean-Luc'
 */
export function neutralizeCell(value: string): string {
  const text = value.replaceAll('\0', '')
  return formulaStart.test(text) ? `'${text}` : text
}

/**
 * Undo `neutralizeCell`: remove one leading apostrophe when the apostrophes at the start of the
 * cell are followed by `=`, `+`, `-`, `@`, a tab or a carriage return (or a fullwidth `＝`, `＋`,
 * `－`, `＠`).
 *
 * `restoreCell(neutralizeCell(value)) === value` for every value without NUL characters.
 *
 * @param value
 *   The text of a cell as read from `attendees.csv`.
 * @returns
 *   The original text.
 * @example
 *   restoreCell(`'=1+2`) // => '=1+2'
 *   restoreCell(`'quoted'`) // => `'quoted'`
 */
export function restoreCell(value: string): string {
  return neutralizedStart.test(value) ? value.slice(1) : value
}
