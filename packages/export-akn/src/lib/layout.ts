import type {Document as Tree, FlowContent, Paragraph} from '@communique/doctree'
import type {Element} from '@xmldom/xmldom'
import type {State, XmlNode} from './types.js'

/** The parts of an open-structure document, in schema order. */
const zones = ['preface', 'preamble', 'mainBody', 'conclusions'] as const

/** A part of the document. */
type Zone = 0 | 1 | 2 | 3

/** Blocks that open a speech's body. */
const speechBody = new Set<FlowContent['type']>(['paragraph', 'salutation', 'closing', 'signature'])

/**
 * Lay a statement out as `preface`, `preamble`, `mainBody` and `conclusions`, keeping the order of the
 * tree (a block never goes back to an earlier part):
 *
 * - title, and narrative paragraphs before the preamble or operative part → `preface` (the paragraphs, one
 *   run at a time, in `container[@name="meetingInformation"]`);
 * - preamble → `preamble` (recitals and formula), with any paragraph after it and before the operative part;
 * - operative part → `mainBody`, one `paragraph` per clause; without an operative part, the body paragraphs
 *   are `p` blocks of `mainBody` (the schema requires a `mainBody` with content);
 * - closings (and paragraphs after the operative part) → `conclusions/container[@name="closingStatement"]`,
 *   signatures → `conclusions/container[@name="signature"]`; a closing or signature that comes before (another)
 *   operative part stays in `mainBody`, in the same containers, and a preamble after the operative part becomes
 *   `container[@name="preamble"]` of `p` blocks (the schema allows neither clauses in `conclusions` nor
 *   recitals in `mainBody`);
 * - boilerplate stays where it is, except that boilerplate after the last block goes to `conclusions`.
 *
 * @param tree
 *   The statement.
 * @param state
 *   Info passed around.
 * @returns
 *   The parts, in schema order (only `mainBody` is always there).
 */
export function statementLayout(tree: Readonly<Tree>, state: State): Element[] {
  const children = tree.children
  const operativeAt = children.findIndex((child) => child.type === 'operative')
  const lastOperative = lastIndex(children, (child) => child.type === 'operative')
  const hasIntroduction = operativeAt !== -1 || children.some((child) => child.type === 'preamble')
  const lastContent = lastIndex(children, (child) => child.type !== 'boilerplate')
  const parts: [XmlNode[], XmlNode[], XmlNode[], XmlNode[]] = [[], [], [], []]
  let zone: Zone = 0
  let open: {zone: Zone; name: string; element: Element} | undefined

  for (const [index, child] of children.entries()) {
    let target: Zone
    switch (child.type) {
      case 'heading':
      case 'stamp': {
        target = zone
        break
      }
      case 'preamble': {
        target = 1
        break
      }
      case 'operative': {
        target = 2
        break
      }
      case 'closing':
      case 'signature': {
        // Before (another) operative part, a closing stays in `mainBody`: `conclusions` cannot hold clauses.
        target = index < lastOperative ? 2 : 3
        break
      }
      case 'boilerplate': {
        target = index > lastContent ? 3 : zone
        break
      }
      default: {
        if (zone === 0) target = hasIntroduction ? 0 : 2
        else if (zone === 1) target = operativeAt > index ? 1 : 2
        // Between two operative parts, a paragraph stays in `mainBody` (`conclusions` cannot hold clauses).
        else if (zone === 2) target = operativeAt !== -1 && operativeAt < index && index > lastOperative ? 3 : 2
        else target = 3
      }
    }

    zone = Math.max(zone, target) as Zone
    let nodes = state.one(child)
    // A preamble after the operative part cannot be a `preamble`: its paragraphs go in a container.
    if (child.type === 'preamble' && zone > 1) nodes = [state.element('container', {name: 'preamble'}, unwrap(nodes))]
    const group =
      zone === 0 && child.type === 'paragraph'
        ? 'meetingInformation'
        : (zone === 3 && child.type !== 'signature' && child.type !== 'boilerplate') || (zone === 2 && child.type === 'closing')
          ? 'closingStatement'
          : undefined
    if (group) {
      if (!open || open.zone !== zone || open.name !== group) {
        open = {zone, name: group, element: state.element('container', {name: group})}
        parts[zone].push(open.element)
      }
      for (const node of nodes) open.element.appendChild(node)
    } else {
      open = undefined
      parts[zone].push(...nodes)
    }
  }

  if (parts[2].length === 0) parts[2].push(state.element('p'))
  return assemble(parts, state)
}

/**
 * Lay a speech out as `preface` (title, venue, and what comes before the first salutation or paragraph,
 * such as a time mark), `mainBody/address/speech` (everything up to the last block that is not
 * boilerplate) and `conclusions` (boilerplate after that: end time, `END`, `###`).
 *
 * The speech is `by` the speaker and `as` their post (see `identify`). When its first paragraph opens with a
 * speaker label (`THE CHAIR:`), the label becomes the speech's `from`.
 *
 * @param tree
 *   The speech.
 * @param state
 *   Info passed around.
 * @returns
 *   The parts, in schema order.
 */
export function speechLayout(tree: Readonly<Tree>, state: State): Element[] {
  const children = tree.children
  let first = children.findIndex((child) => speechBody.has(child.type) || (child.type === 'heading' && child.role === 'subheading'))
  if (first === -1) first = children.length
  const last = Math.max(first - 1, lastIndex(children, (child) => child.type !== 'boilerplate'))
  const preface = children.slice(0, first).flatMap((child) => state.one(child))
  const speech: XmlNode[] = []

  for (const child of children.slice(first, last + 1)) {
    if (child.type === 'preamble' || child.type === 'operative') {
      throw new Error(`Cannot export \`${child.type}\` in a speech: expected salutations, paragraphs and closings (export the document as a statement)`)
    }

    const opening = child.type === 'paragraph' && speech.length === 0 ? child.children[0] : undefined
    if (child.type === 'paragraph' && opening?.type === 'label') {
      speech.push(state.element('from', {}, [state.text(opening.value)]))
      const rest: Paragraph = {...child, children: child.children.slice(1)}
      speech.push(...state.one(rest))
    } else {
      speech.push(...state.one(child))
    }
  }

  if (!speech.some((node) => node.nodeType === 1 && (node as Element).localName !== 'from')) speech.push(state.element('p'))
  const {speaker, speakerRole} = state.identity
  const body = state.element('address', {}, [state.element('speech', {by: speaker ? `#${speaker}` : undefined, as: speakerRole ? `#${speakerRole}` : undefined}, speech)])
  const conclusions = children.slice(last + 1).flatMap((child) => state.one(child))
  return assemble([preface, [], [body], conclusions], state)
}

/**
 * Wrap the non-empty parts in their elements.
 *
 * @param parts
 *   Content of each part.
 * @param state
 *   Info passed around.
 * @returns
 *   The part elements.
 */
function assemble(parts: XmlNode[][], state: State): Element[] {
  const result: Element[] = []
  for (const [index, content] of parts.entries()) {
    if (content.length > 0) result.push(state.element(zones[index] ?? 'mainBody', {}, content))
  }
  return result
}

/**
 * The blocks inside `recitals`, `recital` and `formula` elements.
 *
 * @param nodes
 *   Exported preamble content.
 * @returns
 *   Its `p` blocks, in order.
 */
function unwrap(nodes: ReadonlyArray<XmlNode>): XmlNode[] {
  const result: XmlNode[] = []
  for (const node of nodes) {
    const name = node.nodeType === 1 ? (node as Element).localName : undefined
    if (name === 'recitals' || name === 'recital' || name === 'formula') {
      const children: XmlNode[] = []
      for (let child = node.firstChild; child; child = child.nextSibling) children.push(child as XmlNode)
      result.push(...unwrap(children))
    } else result.push(node)
  }
  return result
}

/**
 * The index of the last item that passes a test.
 *
 * @param items
 *   Items.
 * @param test
 *   Test.
 * @returns
 *   The index, or -1.
 */
function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) {
    if (test(items[index] as T)) return index
  }
  return -1
}
