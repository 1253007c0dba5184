import {VFile} from 'vfile'
import {origin, rules} from './constants.js'

/** Configuration of `decode`. */
export interface DecodeOptions {
  /**
   * Largest input, in bytes, to accept (optional, default: `20 * 1024 * 1024`).
   * Larger files get a fatal message instead of being read.
   */
  maxBytes?: number | null | undefined
  /**
   * Deepest nesting of lists and block quotes to accept (optional, default: `100`). Markdown
   * parsing slows down sharply with thousands of levels; deeper files get a fatal message.
   */
  maxNesting?: number | null | undefined
}

/** Default deepest nesting of lists and block quotes. */
export const defaultMaxNesting = 100

/** Default largest input, in bytes. */
export const defaultMaxBytes = 20 * 1024 * 1024

/**
 * Decode the bytes of a document into a vfile, checking that they are text.
 *
 * Empty and whitespace-only files, binary files (NUL bytes), invalid UTF-8 and files over the size
 * limit get a fatal message with the place of the problem (line and column of the offending byte)
 * and no value to parse. UTF-16 with a byte order mark is decoded (with an informational message).
 * A UTF-8 BOM and CRLF line endings are kept: positions are in the original text.
 *
 * @param bytes
 *   The file's bytes.
 * @param path
 *   The file's path, for messages (optional).
 * @param options
 *   Configuration (optional).
 * @returns
 *   A vfile: `value` is the text; `messages` holds a fatal message when it is not readable.
 */
export function decode(bytes: Uint8Array, path?: string | null, options?: Readonly<DecodeOptions> | null): VFile {
  const file = new VFile(path ? {path} : {})
  const fail = (reason: string, ruleId: string, line = 1, column = 1) => {
    const message = file.message(reason, {place: {line, column}, ruleId, source: origin})
    message.fatal = true
    file.value = ''
    return file
  }
  const maxBytes = options?.maxBytes ?? defaultMaxBytes
  if (bytes.length > maxBytes) {
    return fail(
      `File is too large (${bytes.length} bytes, limit ${maxBytes}): split it, or raise the limit with \`--max-bytes\``,
      rules.tooLarge
    )
  }
  if (bytes.length === 0) return fail('File is empty: expected the text of a document', rules.emptyFile)

  // UTF-16 with a byte order mark.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    file.value = new TextDecoder(encoding).decode(bytes)
    const message = file.message(`File is ${encoding.toUpperCase()} (byte order mark); decoded it, positions count UTF-16 code units of the decoded text`, {
      place: {line: 1, column: 1},
      ruleId: rules.utf16,
      source: origin
    })
    message.fatal = undefined
    return checkText(file, fail)
  }

  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const {line, column} = placeOfByte(bytes, nul)
    return fail(`File looks binary (NUL byte at byte ${nul}): expected UTF-8 text`, rules.binaryFile, line, column)
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad !== -1) {
    const {line, column} = placeOfByte(bytes, bad)
    return fail(
      `File is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte ${bad}): convert it to UTF-8 (for example \`iconv -f latin1 -t utf-8\`)`,
      rules.invalidUtf8,
      line,
      column
    )
  }
  file.value = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
  return checkText(file, fail, options?.maxNesting ?? defaultMaxNesting)
}

function checkText(file: VFile, fail: (reason: string, ruleId: string, line?: number, column?: number) => VFile, maxNesting = defaultMaxNesting): VFile {
  const text = String(file.value)
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return fail('File holds only white space: expected the text of a document', rules.blankFile)
  }
  // Characters XML 1.0 does not allow: kept in the tree, dropped from Akoma Ntoso; said here, with their place.
  let reported = 0
  for (const match of text.matchAll(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g)) {
    if (reported === 10) {
      const more = file.message('More control characters follow; they are not listed', {place: pointOf(text, match.index), ruleId: rules.controlCharacter, source: origin})
      more.fatal = false
      break
    }
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    const message = file.message(
      `Control character U+${code} is not allowed in XML: it is kept in the tree and left out of Akoma Ntoso; remove it from the source`,
      {place: pointOf(text, match.index), ruleId: rules.controlCharacter, source: origin}
    )
    message.fatal = false
    reported++
  }
  const deep = deepestNesting(text, maxNesting)
  if (deep) {
    return fail(
      `Lists or block quotes are nested ${deep.depth} levels deep (limit ${maxNesting}): flatten them, or raise the limit with \`--max-nesting\``,
      rules.tooDeep,
      deep.line,
      1
    )
  }
  return file
}

/** Line and column (UTF-16 units; a leading BOM takes no column) of an offset. */
function pointOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(text.charCodeAt(0) === 0xfe_ff ? 1 : 0, offset)
  const lines = before.split(/\r\n|\r|\n/)
  return {line: lines.length, column: lines.at(-1)!.length + 1}
}

/**
 * The first line whose lists and block quotes nest deeper than a limit: block-quote markers and
 * list markers at its start, and list items indented under others (two spaces a level).
 *
 * @param text
 *   A document's text.
 * @param limit
 *   The deepest nesting accepted.
 * @returns
 *   The line (1-based) and its depth, or null.
 */
export function deepestNesting(text: string, limit: number): {line: number; depth: number} | null {
  let line = 0
  for (const raw of text.split(/\r\n|\r|\n/)) {
    line++
    let depth = 0
    let index = 0
    let indent = 0
    while (index < raw.length && (raw[index] === ' ' || raw[index] === '\t')) {
      indent += raw[index] === '\t' ? 4 : 1
      index++
    }
    for (;;) {
      const rest = raw.slice(index, index + 12)
      const marker = /^(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))/.exec(rest)
      if (!marker) break
      depth++
      index += marker[0].length
      while (index < raw.length && (raw[index] === ' ' || raw[index] === '\t')) index++
      if (depth > limit) break
    }
    if (depth > 0) depth += Math.floor(indent / 2)
    if (depth > limit) return {line, depth}
  }
  return null
}

/**
 * The offset of the first byte that breaks UTF-8, or -1.
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   Offset, or -1 when the bytes are valid UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    let need: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1
      min = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2
      min = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3
      min = 0x1_00_00
    } else return index
    let code = byte & (0x3f >> need)
    for (let next = 1; next <= need; next++) {
      const continuation = bytes[index + next]
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index
      code = (code << 6) | (continuation & 0x3f)
    }
    if (code < min || code > 0x10_ff_ff || (code >= 0xd8_00 && code <= 0xdf_ff)) return index
    index += need + 1
  }
  return -1
}

/**
 * The line and column (in characters of the valid text before it) of a byte offset.
 *
 * @param bytes
 *   Bytes.
 * @param offset
 *   A byte offset.
 * @returns
 *   1-based line and column.
 */
export function placeOfByte(bytes: Uint8Array, offset: number): {line: number; column: number} {
  const before = new TextDecoder('utf-8', {ignoreBOM: false}).decode(bytes.subarray(0, offset))
  const lines = before.split(/\r\n|\r|\n/)
  return {line: lines.length, column: lines.at(-1)!.length + 1}
}
