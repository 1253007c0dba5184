import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {DOMParser, type Element, type Node as XmlDomNode} from '@xmldom/xmldom'
import type * as Libxml from 'libxml2-wasm'
import type {AknMessage, ValidateAknOptions} from './types.js'

/** The schema shipped with the package (copied from the repository's `schemas/akn/` at build). */
const defaultSchema = new URL('../../schema/akomantoso30.xsd', import.meta.url)

/** A compiled schema. */
interface Compiled {
  libxml: typeof Libxml
  validator: Libxml.XsdValidator
}

/** Compiled schemas by path: compiling `akomantoso30.xsd` takes about half a second, so it is done once per process. */
const compiled = new Map<string, Promise<Compiled>>()

/**
 * Load libxml2-wasm (only when validating, so that exporting starts fast) and compile a schema.
 *
 * @param path
 *   File path of the XSD.
 * @returns
 *   libxml2-wasm and the validator.
 */
async function compile(path: string): Promise<Compiled> {
  const libxml = await import('libxml2-wasm')
  const {xmlRegisterFsInputProviders} = await import('libxml2-wasm/lib/nodejs.mjs')
  // Lets libxml2 read `./xml.xsd`, which the schema imports by a path relative to its own URL.
  xmlRegisterFsInputProviders()
  const schema = libxml.XmlDocument.fromBuffer(readFileSync(path), {url: path})
  try {
    return {libxml, validator: libxml.XsdValidator.fromDoc(schema)}
  } finally {
    schema.dispose()
  }
}

/**
 * Turn libxml2's details into messages.
 *
 * @param details
 *   Error details.
 * @returns
 *   Messages.
 */
function messages(details: ReadonlyArray<Libxml.ErrorDetail>): AknMessage[] {
  return details.map((detail) => ({line: Math.max(1, detail.line), column: Math.max(1, detail.col), message: detail.message.trimEnd()}))
}

/**
 * Validate Akoma Ntoso XML against the official OASIS schema (`akomantoso30.xsd`, AKN 3.0) with libxml2
 * (WebAssembly), offline.
 *
 * The XML is parsed without network access and without external entities. The schema is compiled on the
 * first call and kept for the process. Well-formedness errors and schema errors come back the same way.
 *
 * > **Note**: the schema checks neither the eId conventions nor that references resolve: use
 * > `checkReferences` for those.
 *
 * @param xml
 *   The XML text.
 * @param options
 *   Configuration (optional): `schema`, another copy of `akomantoso30.xsd`.
 * @returns
 *   The errors, in document order (empty when the document is valid).
 * @example
 *   const errors = await validateAkn(toAkn(tree, {stem}))
 *   // => [] or [{line: 106, column: 1, message: "Element '…date', attribute 'date': '2022' is not a valid value of the local union type."}]
 */
export async function validateAkn(xml: string, options?: Readonly<ValidateAknOptions> | null): Promise<AknMessage[]> {
  const schema = options?.schema ?? defaultSchema
  const path = schema instanceof URL ? fileURLToPath(schema) : schema.startsWith('file:') ? fileURLToPath(schema) : schema
  let pending = compiled.get(path)
  if (!pending) {
    pending = compile(path)
    compiled.set(path, pending)
    pending.catch(() => compiled.delete(path))
  }

  const {libxml, validator} = await pending
  let document: Libxml.XmlDocument
  try {
    document = libxml.XmlDocument.fromString(xml, {option: libxml.ParseOption.XML_PARSE_NONET | libxml.ParseOption.XML_PARSE_NO_XXE})
  } catch (error) {
    if (error instanceof libxml.XmlParseError) return messages(error.details)
    throw error
  }

  try {
    validator.validate(document)
    return []
  } catch (error) {
    if (error instanceof libxml.XmlValidateError) return messages(error.details)
    throw error
  } finally {
    document.dispose()
  }
}

/** Which TLC kinds an attribute of an element may point to (checked when it resolves). */
const targets: Readonly<Record<string, ReadonlyArray<string>>> = {
  'person@refersTo': ['TLCPerson'],
  'role@refersTo': ['TLCRole'],
  'organization@refersTo': ['TLCOrganization'],
  'docProponent@refersTo': ['TLCOrganization', 'TLCPerson'],
  'location@refersTo': ['TLCLocation'],
  'event@refersTo': ['TLCEvent'],
  '*@as': ['TLCRole'],
  'speech@by': ['TLCPerson', 'TLCOrganization'],
  'speech@to': ['TLCPerson', 'TLCOrganization'],
  'FRBRauthor@href': ['TLCPerson', 'TLCOrganization']
}

/** Attributes that hold references to eIds when they start with `#`. */
const pointers = ['refersTo', 'as', 'by', 'to', 'href', 'source']

/**
 * Parse XML with xmldom, failing on any error or warning, except xmldom's notice that the text holds
 * U+FFFD REPLACEMENT CHARACTER: a legal XML character (it marks text that was not decodable), not a
 * problem of the XML.
 *
 * @param xml
 *   XML text.
 * @returns
 *   The root element.
 */
function parseXml(xml: string): Element {
  const document = new DOMParser({
    onError(level, message) {
      if (level === 'warning' && /unicode replacement character/i.test(message)) return
      throw new Error(`XML ${level}: ${message}`)
    }
  }).parseFromString(xml, 'text/xml')
  const root = document.documentElement
  if (!root) throw new Error('XML has no root element')
  return root
}

/**
 * The elements of a tree, in document order.
 *
 * @param root
 *   Root element.
 * @returns
 *   Elements.
 */
function elements(root: Element): Element[] {
  const result: Element[] = []
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    result.push(element)
    const children: Element[] = []
    for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) children.push(child as Element)
    stack.push(...children.reverse())
  }
  return result
}

/**
 * Check what the schema does not: every eId is unique and has no white space, and every reference to an
 * eId (`refersTo`, `as`, `by`, `to`, `href`, `source` values starting with `#`) resolves to an element of
 * the document, of the right TLC kind where that is defined (`person/@refersTo` → `TLCPerson`, `@as` →
 * `TLCRole`, `speech/@by` → `TLCPerson` or `TLCOrganization`…).
 *
 * @param xml
 *   The XML text.
 * @returns
 *   Problems, one sentence each (empty when there are none).
 */
export function checkReferences(xml: string): string[] {
  let root: Element
  try {
    root = parseXml(xml)
  } catch (error) {
    return [`Cannot parse the XML: ${error instanceof Error ? error.message : String(error)}`]
  }

  const problems: string[] = []
  const all = elements(root)
  const ids = new Map<string, Element>()
  for (const element of all) {
    const eId = element.getAttribute('eId')
    if (eId === null) continue
    if (eId === '' || /\s/.test(eId)) problems.push(`Invalid eId \`${eId}\` on <${element.localName}>: expected a value without white space`)
    if (ids.has(eId)) problems.push(`Duplicate eId \`${eId}\` on <${element.localName}>`)
    else ids.set(eId, element)
  }

  for (const element of all) {
    for (const attribute of pointers) {
      const value = element.getAttribute(attribute)
      if (value === null) continue
      const references = attribute === 'refersTo' ? value.split(/\s+/).filter(Boolean) : [value]
      for (const reference of references) {
        if (!reference.startsWith('#')) continue
        const where = `@${attribute} of <${element.localName}${element.getAttribute('eId') ? ` eId="${element.getAttribute('eId')}"` : ''}>`
        const target = ids.get(reference.slice(1))
        if (!target) {
          problems.push(`Unresolved reference \`${reference}\` in ${where}`)
          continue
        }
        const kinds = targets[`${element.localName}@${attribute}`] ?? targets[`*@${attribute}`]
        if (kinds && !kinds.includes(target.localName ?? '')) {
          problems.push(`Reference \`${reference}\` in ${where} points to <${target.localName}>, expected ${kinds.map((kind) => `<${kind}>`).join(' or ')}`)
        }
      }
    }
  }

  return problems
}

/** Elements inside which text runs on (inline elements): no word boundary at their edges. */
const inline = new Set([
  'person',
  'role',
  'organization',
  'location',
  'event',
  'date',
  'docDate',
  'docTitle',
  'docType',
  'docProponent',
  'docNumber',
  'ref',
  'inline',
  'signature',
  'span',
  'b',
  'i',
  'u',
  'sup',
  'sub',
  'term',
  'concept',
  'object',
  'quantity',
  'time',
  'remark',
  'embeddedText',
  'quotedText'
])

/**
 * The words of a text: runs of letters, marks and digits (`It’s` → `It`, `s`; `1.` → `1`), NFC-normalised.
 *
 * @param text
 *   Text.
 * @returns
 *   The words, in order.
 */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

/**
 * The words of an Akoma Ntoso document outside `meta`, in document order: everything a reader sees
 * (title, body, `num`, boilerplate). Text runs on across inline elements; blocks are word boundaries.
 *
 * @param xml
 *   The XML text.
 * @returns
 *   The words.
 */
export function bodyWords(xml: string): string[] {
  const root = parseXml(xml)
  let text = ''
  const walk = (node: XmlDomNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? ''
      else if (child.nodeType === 1) {
        const name = (child as Element).localName ?? ''
        if (name === 'meta') continue
        const boundary = !inline.has(name)
        if (boundary) text += ' '
        walk(child)
        if (boundary) text += ' '
      }
    }
  }
  walk(root)
  return words(text)
}

/**
 * Compare two word sequences.
 *
 * @param expected
 *   Words of the source.
 * @param actual
 *   Words of the export.
 * @returns
 *   `undefined` when they are equal, else the index of the first difference and a few words of each side
 *   from there.
 */
export function firstWordDifference(
  expected: ReadonlyArray<string>,
  actual: ReadonlyArray<string>
): {index: number; expected: string; actual: string} | undefined {
  const length = Math.max(expected.length, actual.length)
  for (let index = 0; index < length; index++) {
    if (expected[index] !== actual[index]) {
      const around = (list: ReadonlyArray<string>) => (index < list.length ? list.slice(index, index + 8).join(' ') : '(end)')
      return {index, expected: around(expected), actual: around(actual)}
    }
  }
  return undefined
}
