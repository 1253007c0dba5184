// The checks behind the properties, shared by the property tests and the regression replays
// (`regressions.test.ts`): each throws an Error that says what does not hold.
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {isDeepStrictEqual} from 'node:util'
import {DOMParser} from '@xmldom/xmldom'
import {parse as parseCsv} from 'csv-parse/sync'
import type {Document, Kind, Nodes} from '@communique/doctree'
import {checkReferences, toAkn} from '@communique/export-akn'
import {toAttendeesCsv} from '@communique/export-csv'
import {serializeJsonLd} from '@communique/export-jsonld'
import {decode, parse} from '@communique/parser'
import type {Corpus, InputDocument} from '@communique/resolver'
import {resolve} from '@communique/resolver'
import {validate} from '@communique/validator'
import {VFile} from 'vfile'
import {encode, type Encoding} from './arbitraries.js'

/** A fixed markup date, so that outputs do not depend on the day. */
export const markupDate = '2026-01-31'

/** What reading bytes gave: the decoded text and its tree, or `null` when `decode` refused the bytes. */
export interface Reading {
  text: string
  tree: Document | null
}

/**
 * Decode bytes and parse them (no parse when `decode` gives a fatal message).
 *
 * @param bytes
 *   Bytes.
 * @param options
 *   Kind to force (optional).
 * @returns
 *   The decoded text and the tree.
 */
export function read(bytes: Uint8Array, options?: {kind?: Kind | null}): Reading {
  const file = decode(bytes, 'generated.txt')
  if (file.messages.some((message) => message.fatal)) {
    if (String(file.value) !== '') throw new Error('`decode` gave a fatal message but kept a value to parse')
    return {text: '', tree: null}
  }
  const text = String(file.value)
  return {text, tree: parse(file, options?.kind ? {kind: options.kind} : null)}
}

/**
 * Read a text written in an encoding.
 *
 * @param text
 *   Text.
 * @param encoding
 *   Encoding (default: UTF-8).
 * @param kind
 *   Kind to force (optional).
 * @returns
 *   The reading.
 */
export function readText(text: string, encoding: Encoding = 'utf-8', kind: Kind | null = null): Reading {
  return read(encode(text, encoding), {kind})
}

// ---------------------------------------------------------------------------------------------------------
// (a) The parser does not throw.
// ---------------------------------------------------------------------------------------------------------

/**
 * Decode and parse the bytes of a text; parse the text as given too (with lone surrogates, NUL and all).
 * Throws what the parser throws.
 *
 * @param text
 *   Text.
 * @param encoding
 *   How to write it.
 */
export function checkParserDoesNotThrow(text: string, encoding: Encoding = 'utf-8'): void {
  readText(text, encoding)
}

// ---------------------------------------------------------------------------------------------------------
// (b) Trees validate and survive JSON.
// ---------------------------------------------------------------------------------------------------------

/**
 * The first place where two JSON-like values differ (`/children/0/value: "a" ≠ "b"`), or null.
 *
 * @param a
 *   Value.
 * @param b
 *   Value.
 * @param path
 *   Path so far.
 * @returns
 *   The place, or null when deep-strict-equal.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path || '/'}: ${describe(a)} ≠ ${describe(b)}`
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path || '/'}: prototypes differ`
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    const left = (a as Record<string, unknown>)[key]
    const right = (b as Record<string, unknown>)[key]
    if (!(key in a) || !(key in b)) return `${path}/${key}: ${key in a ? describe(left) : 'missing'} ≠ ${key in b ? describe(right) : 'missing'}`
    const found = firstDifference(left, right, `${path}/${key}`)
    if (found) return found
  }
  return `${path || '/'}: differ`
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined'
  const json = JSON.stringify(value)
  return json.length > 120 ? `${json.slice(0, 120)}…` : json
}

/**
 * Check that a tree survives a JSON round trip and validates against the schema.
 *
 * @param tree
 *   Tree.
 */
export function checkTreeIsValid(tree: Document): void {
  const copy = JSON.parse(JSON.stringify(tree)) as unknown
  const difference = firstDifference(tree, copy)
  if (difference) throw new Error(`The tree does not survive a JSON round trip: ${difference}`)
  const messages = validate(copy)
  if (messages.length > 0) throw new Error(`The tree does not validate:\n${messages.map(String).join('\n')}`)
}

/**
 * Read a text and check its tree (see `checkTreeIsValid`).
 *
 * @param text
 *   Text.
 * @param encoding
 *   How to write it.
 */
export function checkTextGivesValidTree(text: string, encoding: Encoding = 'utf-8'): void {
  const {tree} = readText(text, encoding)
  if (tree) checkTreeIsValid(tree)
}

// ---------------------------------------------------------------------------------------------------------
// (c) Positions.
// ---------------------------------------------------------------------------------------------------------

const where = (node: Nodes, path: string): string => `${node.type} at ${path || '/'}`

/**
 * Check the positions of a tree against the text it was read from: offsets in range, line and column agree
 * with the offset (1-based line, column in UTF-16 units from the line start; a leading BOM counts in offsets
 * but not in columns of line 1; CRLF, CR and LF end lines), children inside their parent and in order, and
 * every `text` node's value read from the source slice at its position (the tree spec's contract: equal to the
 * slice where the slice holds no markdown syntax; otherwise its characters appear in the slice, references decoded,
 * in order).
 *
 * @param tree
 *   Tree.
 * @param text
 *   The text the tree was read from (as decoded).
 * @returns
 *   Problems (empty when there are none).
 */
export function positionProblems(tree: Document, text: string): string[] {
  const problems: string[] = []
  const bom = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1)
  }
  const stack: Array<{node: Nodes; parent: Nodes | null; path: string}> = [{node: tree, parent: null, path: ''}]
  while (stack.length > 0) {
    const {node, parent, path} = stack.pop()!
    const position = node.position
    if (position) {
      const {start, end} = position
      if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
        problems.push(`${where(node, path)}: offsets ${start.offset}–${end.offset} out of range 0–${text.length}`)
      }
      for (const point of [start, end]) {
        const lineStart = lineStarts[point.line - 1]
        if (lineStart === undefined || point.column < 1) {
          problems.push(`${where(node, path)}: no line ${point.line} column ${point.column} in the text`)
          continue
        }
        const expected = lineStart + point.column - 1 + (point.line === 1 ? bom : 0)
        const nextLine = lineStarts[point.line] ?? text.length + 1
        if (expected !== point.offset) problems.push(`${where(node, path)}: ${point.line}:${point.column} is offset ${expected}, not ${point.offset}`)
        else if (point.offset >= nextLine) problems.push(`${where(node, path)}: ${point.line}:${point.column} (offset ${point.offset}) is past the end of line ${point.line}`)
      }
      if (parent?.position && (start.offset < parent.position.start.offset || end.offset > parent.position.end.offset)) {
        problems.push(`${where(node, path)}: ${start.offset}–${end.offset} is outside its parent ${parent.type} ${parent.position.start.offset}–${parent.position.end.offset}`)
      }
      if (node.type === 'text') {
        // Line endings are read as LF (the tree spec's `Text`).
        // NUL is read as U+FFFD, as CommonMark says.
        const slice = text.slice(start.offset, end.offset).replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD')
        // Code spans keep references as written; elsewhere they are decoded.
        if (markdownSyntax.test(slice) ? !isSubsequence(node.value, decodeReferences(slice)) && !isSubsequence(node.value, slice) : slice !== node.value) {
          problems.push(`${where(node, path)}: value ${JSON.stringify(node.value)} not read from source ${JSON.stringify(slice)}`)
        }
      }
    }
    if ('children' in node) {
      let previous = position ? position.start.offset : -1
      const children = node.children as Nodes[]
      children.forEach((child, index) => {
        if (child.position) {
          if (child.position.start.offset < previous) problems.push(`${where(child, `${path}/children/${index}`)}: starts at ${child.position.start.offset}, before ${previous} (its previous sibling’s end or its parent’s start)`)
          previous = Math.max(previous, child.position.end.offset)
        }
      })
      for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!, parent: position ? node : parent, path: `${path}/children/${index}`})
    }
  }
  return problems
}

/** Markdown syntax a `text` node's value may have been read through (see the tree spec's `Text`). */
const markdownSyntax = /[*_`[\]<>&\\!~]|[\r\n][ \t>]|[ \t][\r\n]/

/**
 * Decode character references (`&amp;`, `&#38;`, `&#x26;`) as markdown does.
 *
 * @param value
 *   Source text.
 * @returns
 *   Decoded text.
 */
function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/g, (all, decimal?: string, hex?: string, name?: string) => {
    if (name) return decodeNamedCharacterReference(name) || all
    const code = Number.parseInt(decimal ?? hex!, decimal ? 10 : 16)
    return code === 0 || code > 0x10_ffff || (code >= 0xd8_00 && code <= 0xdf_ff) ? '\uFFFD' : String.fromCodePoint(code)
  })
}

/**
 * Whether `part`'s characters appear in `whole` in order.
 *
 * @param part
 *   A value.
 * @param whole
 *   The source it was read from.
 * @returns
 *   Whether it is a subsequence.
 */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0
  for (const char of part) {
    at = whole.indexOf(char, at)
    if (at === -1) return false
    at += char.length
  }
  return true
}

/**
 * Read a text and check the positions of its tree.
 *
 * @param text
 *   Text.
 * @param encoding
 *   How to write it.
 */
export function checkTextPositions(text: string, encoding: Encoding = 'utf-8'): void {
  const reading = readText(text, encoding)
  if (!reading.tree) return
  const problems = positionProblems(reading.tree, reading.text)
  if (problems.length > 0) throw new Error(`Bad positions (${problems.length}):\n${problems.slice(0, 12).join('\n')}`)
}

// ---------------------------------------------------------------------------------------------------------
// (d) A BOM and CRLF (or CR) give the same tree.
// ---------------------------------------------------------------------------------------------------------

/**
 * A tree without positions, with CRLF and CR in every string value turned into LF.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Plain JSON.
 */
export function canonical(tree: Document): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value)))
}

/**
 * Check that a text read with a BOM and other line endings gives the same tree as the plain text (LF, no BOM).
 *
 * @param text
 *   Text (line endings and BOM are normalised first).
 * @param ending
 *   The line ending of the variant.
 */
export function checkLineEndings(text: string, ending: '\r\n' | '\r' = '\r\n'): void {
  const plain = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const variant = `\uFEFF${plain.replace(/\n/g, ending)}`
  const a = readText(plain)
  const b = readText(variant)
  if (!a.tree || !b.tree) {
    if (Boolean(a.tree) !== Boolean(b.tree)) throw new Error('`decode` refused one variant of the text but not the other')
    return
  }
  const difference = firstDifference(canonical(a.tree), canonical(b.tree))
  if (difference) throw new Error(`With a BOM and ${JSON.stringify(ending)} line endings the tree differs: ${difference}`)
}

// ---------------------------------------------------------------------------------------------------------
// (e), (f) Akoma Ntoso.
// ---------------------------------------------------------------------------------------------------------

/** Characters XML 1.0 allows (the `Char` production); anything else makes a document not well-formed. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/** The start of the warning xmldom gives for any text that holds U+FFFD. */
const replacementWarning = 'Unicode replacement character detected'

/**
 * Check that XML text is well-formed: xmldom parses it without an error or warning (but its U+FFFD heuristic), and
 * every character is an XML 1.0 `Char`.
 *
 * @param xml
 *   XML text.
 */
export function checkWellFormed(xml: string): void {
  const bad = notXmlChar.exec(xml)
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    throw new Error(`The XML holds U+${code}, which XML 1.0 forbids, at offset ${bad.index}: ${JSON.stringify(xml.slice(Math.max(0, bad.index - 60), bad.index + 20))}`)
  }
  const document = new DOMParser({
    onError(level, message) {
      // xmldom warns about U+FFFD whatever the context (“source encoding issues?”): U+FFFD is an XML `Char`
      // (checked above), so that heuristic is not a well-formedness error. Every other message fails.
      if (level === 'warning' && message.startsWith(replacementWarning) && xml.includes('\uFFFD')) return
      throw new Error(`The XML is not well-formed (xmldom ${level}): ${message}`)
    }
  }).parseFromString(xml, 'text/xml')
  if (document.documentElement?.localName !== 'akomaNtoso') throw new Error(`The XML root is <${String(document.documentElement?.localName)}>, expected <akomaNtoso>`)
}

/**
 * Export a tree as Akoma Ntoso and check the XML: `toAkn` does not throw, the output is well-formed, and
 * `checkReferences` finds nothing.
 *
 * @param tree
 *   A statement or speech.
 * @param references
 *   Whether to run `checkReferences` (default: true).
 * @returns
 *   The XML.
 */
export function checkAkn(tree: Document, references = true): string {
  const xml = toAkn(tree, {stem: 'generated', markupDate, onWarning() {}})
  checkWellFormed(xml)
  if (references) {
    const problems = checkReferences(xml)
    if (problems.length > 0) throw new Error(`checkReferences: ${problems.join('; ')}`)
  }
  return xml
}

/**
 * Read a text (as the given kind, or as the parser decides) and, for a statement or a speech, check its
 * Akoma Ntoso export.
 *
 * @param text
 *   Text.
 * @param encoding
 *   How to write it.
 * @param kind
 *   Kind to force, or null.
 * @returns
 *   The XML, or null for news and refused bytes.
 */
export function checkTextAkn(text: string, encoding: Encoding = 'utf-8', kind: Kind | null = null): string | null {
  const {tree} = readText(text, encoding, kind)
  if (!tree || tree.kind === 'news') return null
  return checkAkn(tree)
}

// ---------------------------------------------------------------------------------------------------------
// (f) Resolver, JSON-LD, CSV.
// ---------------------------------------------------------------------------------------------------------

/**
 * Every `@id` value in a JSON value.
 *
 * @param value
 *   JSON value.
 * @returns
 *   The `@id` values (any type).
 */
export function atIds(value: unknown): unknown[] {
  const found: unknown[] = []
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) stack.push(...(current as unknown[]))
    else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        if (key === '@id') found.push(child)
        stack.push(child)
      }
    }
  }
  return found
}

/** Cell starts that spreadsheets read as formulas. */
const formulaStart = /^[=+\-@\t\r]/

/**
 * Check a resolved corpus's JSON-LD (valid JSON, every `@id` an absolute URL) and CSV (re-parses with the same
 * number of columns in every row; no cell starts with `=`, `+`, `-`, `@`, tab or CR unless prefixed by `'`).
 *
 * @param corpus
 *   Corpus.
 */
export function checkCorpusExports(corpus: Readonly<Corpus>): void {
  const jsonld = serializeJsonLd(corpus)
  let graph: unknown
  try {
    graph = JSON.parse(jsonld)
  } catch (error) {
    throw new Error(`serializeJsonLd gave invalid JSON: ${String(error)}`, {cause: error})
  }
  for (const id of atIds(graph)) {
    if (typeof id !== 'string') throw new Error(`An \`@id\` is not a string: ${JSON.stringify(id)}`)
    if (!URL.canParse(id)) throw new Error(`An \`@id\` is not an absolute URL: ${JSON.stringify(id)}`)
  }

  const csv = toAttendeesCsv(corpus)
  const rows = parseCsv(csv, {bom: true, relax_column_count: true}) as string[][]
  const width = rows[0]?.length ?? 0
  if (width === 0) throw new Error('The CSV has no header row')
  rows.forEach((row, index) => {
    if (row.length !== width) throw new Error(`CSV row ${index + 1} has ${row.length} columns, the header ${width}: ${JSON.stringify(row)}`)
    for (const cell of row) {
      if (formulaStart.test(cell)) throw new Error(`CSV row ${index + 1} has a cell a spreadsheet reads as a formula: ${JSON.stringify(cell)}`)
    }
  })
}

/**
 * Resolve documents (must not throw) and check the exports of the corpus.
 *
 * @param documents
 *   Input documents (unique stems).
 */
export function checkResolveAndExports(documents: readonly InputDocument[]): void {
  checkCorpusExports(resolve(documents))
}

/**
 * Read texts as documents of a run and check resolve, JSON-LD and CSV.
 *
 * @param texts
 *   Texts.
 */
export function checkTextsResolve(texts: readonly string[]): void {
  const documents: InputDocument[] = []
  texts.forEach((text, index) => {
    const {tree} = readText(text)
    if (tree) documents.push({stem: `doc-${index}`, file: `doc-${index}.txt`, tree})
  })
  checkResolveAndExports(documents)
}

/**
 * Parse a text given as a string, without `decode` (lone surrogates and NUL stay).
 *
 * @param text
 *   Text.
 * @returns
 *   Tree.
 */
export function parseRaw(text: string): Document {
  return parse(new VFile({path: 'raw.txt', value: text}))
}
