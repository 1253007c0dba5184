import {visit, EXIT, type Nodes, type Parents, type PersonMention, type RoleMention} from '@communique/doctree'
import {bestPost} from '../identity.js'
import type {State, XmlNode} from '../types.js'

/** Text right before the name of whoever chairs (`The Meeting was chaired by H.E. `). */
const chairedBy = /\b(?:chaired\s+by|presided\s+over\s+by|under\s+the\s+(?:chairmanship|chairpersonship|chairship|presidency)\s+of)\s+(?:[\p{L}.]+\s+)?$/iu

/**
 * Export a person mention as `<person refersTo="#person" as="#role">`.
 *
 * `as` is the post under which the person appears: `chair` where the text says they chaired the meeting
 * that the meeting record says they chaired (`chaired by H.E. Jane Doe`); else the post a role mention of
 * the same block gives them (`Jane Doe, Minister of …`); else their best post in the document; left out
 * when the document gives them none.
 *
 * @param node
 *   Person mention.
 * @param state
 *   Info passed around.
 * @returns
 *   The `person` element.
 */
export function person(node: Readonly<PersonMention>, state: State): XmlNode[] {
  const eId = state.references.person(node.entity, node.name)
  const block = state.context.block
  let as: string | undefined
  const chairs = state.tree.meeting?.participants.some((participant) => participant.entity === node.entity && participant.chair) ?? false
  if (chairs && block && chairedBy.test(textBefore(block, node))) as = state.references.fixedRole('chair')
  else {
    const role = postInBlock(node.entity, block)
    if (role) as = state.references.role(role)
    else {
      const best = bestPost(state.references.postsOf(node.entity))
      if (best) as = state.references.post(best)
    }
  }
  return [state.element('person', {refersTo: `#${eId}`, as: as ? `#${as}` : undefined}, state.all(node))]
}

/**
 * The first role mention in a block that names its holder.
 *
 * @param entity
 *   Entity key of the holder.
 * @param block
 *   The block.
 * @returns
 *   The role mention, or `undefined`.
 */
function postInBlock(entity: string, block: Readonly<Parents> | undefined): RoleMention | undefined {
  let found: RoleMention | undefined
  if (block) {
    visit(block, (node) => {
      if (node.type === 'role' && (node as RoleMention).holder === entity) {
        found = node as RoleMention
        return EXIT
      }
      return undefined
    })
  }
  return found
}

/**
 * The text of a block before one of its nodes.
 *
 * @param block
 *   The block.
 * @param target
 *   A node in it.
 * @returns
 *   The text before it.
 */
function textBefore(block: Readonly<Parents>, target: Readonly<Nodes>): string {
  let result = ''
  visit(block, (node) => {
    if (node === target) return EXIT
    if ('value' in node && typeof node.value === 'string' && !('children' in node)) result += node.value
    return undefined
  })
  return result
}
