import type {Document, Nodes, Position} from '@communique/doctree'

const skip = new Set(['type', 'children', 'position', 'value', 'data', 'people', 'meeting'])

/**
 * Render a document tree as a readable outline: one line per node, indented by depth, with its
 * fields, a short excerpt of its text and its place (`line:column-line:column`).
 *
 * @param tree
 *   A tree (or any node).
 * @param options
 *   `width`: longest excerpt (optional, default: 60).
 * @returns
 *   The outline, one node per line.
 */
export function outline(tree: Nodes, options?: Readonly<{width?: number}> | null): string {
  const width = options?.width ?? 60
  const lines: string[] = []
  const stack: Array<{node: Nodes; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    const fields = Object.entries(node)
      .filter(([key, value]) => !skip.has(key) && value !== undefined)
      .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    const value = 'value' in node && typeof node.value === 'string' ? excerpt(node.value, width) : ''
    const place = node.position ? ` (${where(node.position)})` : ''
    lines.push(`${'  '.repeat(depth)}${node.type}${fields.length > 0 ? ` ${fields.join(' ')}` : ''}${value ? ` ${value}` : ''}${place}`)
    if (node.type === 'document') lines.push(...records(node, depth + 1))
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push({node: node.children[index] as Nodes, depth: depth + 1})
      }
    }
  }
  return lines.join('\n')
}

/** The document's people and meeting, one line each, marked with `@`. */
function records(tree: Document, depth: number): string[] {
  const indent = '  '.repeat(depth)
  const lines = tree.people.map((person) => {
    const variants = person.variants.length > 0 ? ` also ${person.variants.map((variant) => JSON.stringify(variant)).join(', ')}` : ''
    const roles = person.roles.length > 0 ? ` — ${person.roles.map((role) => role.post).join('; ')}` : ''
    return `${indent}@person ${person.entity} ${JSON.stringify(person.name)}${variants}${roles}`
  })
  const meeting = tree.meeting
  if (meeting) {
    const facts = [meeting.organization, meeting.body, meeting.kind, meeting.date, meeting.mode, meeting.place].filter(Boolean).join(', ')
    const participants = meeting.participants.map((participant) => `${participant.entity}${participant.chair ? ' (chair)' : ''}`).join(', ')
    lines.push(`${indent}@meeting ${JSON.stringify(meeting.name)} (${facts}): ${participants || 'no participants named'}`)
  }
  return lines
}

function excerpt(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ')
  return JSON.stringify(flat.length > width ? `${flat.slice(0, width - 1)}…` : flat)
}

function where(position: Position): string {
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}
