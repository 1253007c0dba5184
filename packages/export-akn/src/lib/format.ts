import type {Element} from '@xmldom/xmldom'

/** Elements with element-only content, which are indented (white space there is not text). */
const structural = new Set([
  'akomaNtoso',
  'statement',
  'doc',
  'meta',
  'identification',
  'FRBRWork',
  'FRBRExpression',
  'FRBRManifestation',
  'lifecycle',
  'references',
  'preface',
  'preamble',
  'recitals',
  'recital',
  'formula',
  'mainBody',
  'paragraph',
  'point',
  'list',
  'intro',
  'wrapUp',
  'content',
  'hcontainer',
  'conclusions',
  'container',
  'address',
  'speech'
])

/**
 * Indent the element-only parts of the document (two spaces a level), leaving mixed content (`p`, `num`,
 * inlines) untouched, so that the text of the document does not change.
 *
 * @param element
 *   Element to indent (its descendants too).
 * @param depth
 *   Its depth (optional, default: `0`).
 * @returns
 *   The element that now stands in its place: itself, or an indented copy of a wide element.
 */
export function indent(element: Element, depth = 0): Element {
  if (!structural.has(element.localName ?? element.nodeName)) return element
  const children: Element[] = []
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) return element
    children.push(child as Element)
  }

  const document = element.ownerDocument
  if (children.length === 0 || !document) return element
  for (const [index, child] of children.entries()) children[index] = indent(child, depth + 1)
  const inner = newline(depth + 1)
  const parent = element.parentNode
  if (children.length <= wide || !parent) {
    for (const child of children) element.insertBefore(document.createTextNode(inner), child)
    element.appendChild(document.createTextNode(newline(depth)))
    return element
  }

  // xmldom re-indexes every child of an element on each insertion before a child (and on each
  // removal), which makes indenting a wide element in place quadratic: a copy is built by appending.
  const copy = element.cloneNode(false) as Element
  for (const child of children) {
    copy.appendChild(document.createTextNode(inner))
    copy.appendChild(child.cloneNode(true))
  }
  copy.appendChild(document.createTextNode(newline(depth)))
  parent.replaceChild(copy, element)
  return copy
}

/** Children beyond which an element is rebuilt rather than indented in place. */
const wide = 64

/** Line feeds followed by the indentation of each depth, made once. */
const newlines: string[] = []

/**
 * A line feed and the indentation of a depth (two spaces a level).
 *
 * @param depth
 *   Depth.
 * @returns
 *   The white space.
 */
function newline(depth: number): string {
  let value = newlines[depth]
  if (value === undefined) {
    value = `\n${'  '.repeat(depth)}`
    newlines[depth] = value
  }
  return value
}
