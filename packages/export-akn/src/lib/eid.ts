import type {Element} from '@xmldom/xmldom'

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
  const counters = new Map<string, number>()
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
      const join = (part: string) => (prefix ? `${prefix}__${part}` : part)
      let eId: string | undefined
      let next = prefix

      if (transparent.has(name)) {
        // No eId.
      } else if (named.has(name) && prefix === '') {
        eId = name
        next = name
      } else if (single.has(name)) {
        eId = join(aliases[name] ?? name)
        next = name === 'content' ? prefix : eId
      } else {
        const base = join(aliases[name] ?? name)
        const num = cleanNum(numOf(element) ?? '')
        if (num) eId = unique(`${base}_${num}`, false)
        else if (numbered.has(name)) eId = unique(`${base}_nn`, true)
        else {
          const counter = `${prefix}\u0000${name}`
          const count = (counters.get(counter) ?? 0) + 1
          counters.set(counter, count)
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
  const others: Array<[string, string]> = []
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name !== name) others.push([attribute.name, attribute.value])
  }
  for (const [other] of others) element.removeAttribute(other)
  element.setAttribute(name, value)
  for (const [other, otherValue] of others) element.setAttribute(other, otherValue)
}
