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
 */
export function indent(element: Element, depth = 0): void {
  if (!structural.has(element.localName ?? element.nodeName)) return
  const children: Element[] = []
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) return
    children.push(child as Element)
  }

  if (children.length === 0) return
  const document = element.ownerDocument
  if (!document) return
  const inner = newline(depth + 1)
  for (const child of children) {
    element.insertBefore(document.createTextNode(inner), child)
    indent(child, depth + 1)
  }
  element.appendChild(document.createTextNode(newline(depth)))
}

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
