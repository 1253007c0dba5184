import type {Attr, Element} from '@xmldom/xmldom'

/** Short names of elements in eIds (AKN naming convention; bluebell `IdGenerator.aliases`). */
const aliases: Readonly<Record<string, string>> = {
  alinea: 'al',
  article: 'art',
  attachment: 'att',
  blockList: 'list',
  chapter: 'chp',
  citation: 'cit',
  citations: 'cits',
  clause: 'cl',
  division: 'dvs',
  debateSection: 'dbsect',
  paragraph: 'para',
  recital: 'rec',
  recitals: 'recs',
  section: 'sec',
  subparagraph: 'subpara',
  wrapUp: 'wrapup'
}

/** Elements that are expected to have a `num`: without one they are numbered `nn_1`, `nn_2`… (bluebell). */
const numbered = new Set([
  'alinea',
  'article',
  'book',
  'chapter',
  'clause',
  'division',
  'indent',
  'item',
  'level',
  'list',
  'paragraph',
  'part',
  'point',
  'proviso',
  'rule',
  'section',
  'subchapter',
  'subclause',
  'subdivision',
  'sublist',
  'subparagraph',
  'subpart',
  'subrule',
  'subsection',
  'subtitle',
  'title',
  'tome',
  'transitional'
])

/** Elements without an eId, whose children keep their parent's prefix. */
const transparent = new Set(['akomaNtoso', 'statement', 'doc', 'mainBody', 'inline', 'num'])

/** Parts of the document that take their own name as eId (and as prefix of their children). */
const named = new Set(['preface', 'preamble', 'conclusions'])

/** Elements that occur once in their parent and take `{parent}__{name}` as eId. */
const single = new Set(['content', 'intro', 'wrapUp'])

/**
 * Clean a printed number for an eId: strip punctuation at both ends, drop white space (with punctuation
 * just before it), replace other punctuation with `-`, keep case (`(a)` → `a`, `1.` → `1`,
 * `11.2 Rev. A` → `11-2RevA`).
 *
 * @param num
 *   The number as printed.
 * @returns
 *   The eId form (possibly empty).
 */
export function cleanNum(num: string): string {
  return num
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/[^\p{L}\p{N}\s]*\s+[^\p{L}\p{N}\s]*/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
}

/**
 * Give every element of the document part an eId, following the AKN naming convention as bluebell's
 * `IdGenerator` implements it (AKN.md § 6): `{prefix}__{alias}_{num}`, the number from `num` when the
 * element has one, `nn_{n}` for an element that should have one and does not, else the position among
 * its same-name siblings; duplicates get `_2`, `_3`. `preface`, `preamble` and `conclusions` are named
 * after themselves; `content` is `{parent}__content` and adds nothing to its children's prefix;
 * `intro` and `wrapUp` are `{parent}__intro` / `__wrapup`; `mainBody`, `num` and `inline` have none; inline
 * elements are numbered under their block (`para_1__p_1__person_1`). `meta` is left alone. The eId is
 * written as the first attribute.
 *
 * @param root
 *   The `akomaNtoso` element.
 */
export function assignEids(root: Element): void {
  const counters = new Map<string, Map<string, number>>()
  const seen = new Map<string, number>()

  const unique = (eId: string, nn: boolean): string => {
    const count = (seen.get(eId) ?? 0) + 1
    seen.set(eId, count)
    return count === 1 && !nn ? eId : unique(`${eId}_${count}`, false)
  }

  const walk = (parent: Element, prefix: string): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue
      const element = child as Element
      const name = element.localName ?? element.nodeName
      if (name === 'meta') continue
      let eId: string | undefined
      let next = prefix

      if (transparent.has(name)) {
        // No eId.
      } else if (named.has(name) && prefix === '') {
        eId = name
        next = name
      } else if (single.has(name)) {
        eId = join(prefix, aliases[name] ?? name)
        next = name === 'content' ? prefix : eId
      } else {
        const base = join(prefix, aliases[name] ?? name)
        const num = cleanNum(numOf(element) ?? '')
        if (num) eId = unique(`${base}_${num}`, false)
        else if (numbered.has(name)) eId = unique(`${base}_nn`, true)
        else {
          // Counted per prefix, then per name (no key strings to build and hash).
          let byName = counters.get(prefix)
          if (!byName) {
            byName = new Map()
            counters.set(prefix, byName)
          }
          const count = (byName.get(name) ?? 0) + 1
          byName.set(name, count)
          eId = unique(`${base}_${count}`, false)
        }
        next = eId
      }

      if (eId) setFirst(element, 'eId', eId)
      walk(element, next)
    }
  }

  walk(root, '')
}

/**
 * Join an eId prefix and a part.
 *
 * @param prefix
 *   Prefix (may be empty).
 * @param part
 *   Part.
 * @returns
 *   `{prefix}__{part}`, or `part` without a prefix.
 */
function join(prefix: string, part: string): string {
  return prefix ? `${prefix}__${part}` : part
}

/**
 * The text of an element's `num` child.
 *
 * @param element
 *   Element.
 * @returns
 *   The number as printed, or `undefined`.
 */
function numOf(element: Element): string | undefined {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName === 'num') return child.textContent ?? undefined
  }
  return undefined
}

/**
 * Set an attribute and move it first.
 *
 * @param element
 *   Element.
 * @param name
 *   Attribute name.
 * @param value
 *   Attribute value.
 */
function setFirst(element: Element, name: string, value: string): void {
  const attributes = element.attributes
  // Most elements have no other attribute: nothing to move.
  if (attributes.length === 0 || (attributes.length === 1 && attributes.item(0)?.name === name)) {
    element.setAttribute(name, value)
    return
  }

  // Move the other attribute nodes themselves (no new nodes, no copied values).
  const others: Attr[] = []
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)
    if (attribute && attribute.name !== name) others.push(attribute)
  }
  for (const other of others) element.removeAttributeNode(other)
  element.setAttribute(name, value)
  for (const other of others) element.setAttributeNode(other)
}
