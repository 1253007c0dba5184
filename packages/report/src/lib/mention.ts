import {attribute} from './escape.js'
import type {State} from './types.js'

/** The kinds of highlighted span, in legend order; each is drawn as `<mark class="m-<kind>">`. */
export const mentionKinds = Object.freeze([
  'person',
  'role',
  'country',
  'organization',
  'place',
  'date',
  'citation',
  'quote'
] as const)

/** A kind of highlighted span. */
export type MentionKind = (typeof mentionKinds)[number]

/** How a highlighted span is drawn. */
export interface MentionOptions {
  /** Id of the entry it links to, or undefined for no link. */
  target?: string | undefined
  /** Tooltip (plain text). */
  title?: string | null | undefined
  /** Extra `data-*` attributes (name without `data-` → value). */
  data?: Readonly<Record<string, string | null | undefined>> | undefined
}

/**
 * Draw a highlighted span: `<mark class="m-<kind>">`, with a link inside it to the entry when there is one
 * and no link is open around it (links do not nest in HTML).
 *
 * @param state
 *   Info passed around.
 * @param kind
 *   Kind of span.
 * @param options
 *   Link, tooltip, data attributes.
 * @param content
 *   Renders the content (called once, with the link counted as open when there is one).
 * @param after
 *   Renders more content inside the mark but outside its link (optional).
 * @returns
 *   HTML.
 */
export function mention(
  state: State,
  kind: MentionKind,
  options: Readonly<MentionOptions>,
  content: () => string,
  after?: () => string
): string {
  let data = ''
  for (const [name, value] of Object.entries(options.data ?? {})) data += attribute(`data-${name}`, value)
  const open = `<mark class="m-${kind}"${attribute('title', options.title)}${data}>`
  const tail = after ? after() : ''

  if (options.target !== undefined && state.links === 0) {
    state.links++
    try {
      return `${open}<a href="#${options.target}">${content()}</a>${tail}</mark>`
    } finally {
      state.links--
    }
  }

  return `${open}${content()}${tail}</mark>`
}

/**
 * A link to an entry of the page, or the text alone when there is no entry or a link is already open.
 *
 * @param state
 *   Info passed around (or just the count of open links).
 * @param target
 *   Id of the entry, or undefined.
 * @param html
 *   Content (HTML, already escaped).
 * @param className
 *   Class of the link (optional).
 * @returns
 *   HTML.
 */
export function link(
  state: Readonly<Pick<State, 'links'>>,
  target: string | undefined,
  html: string,
  className?: string
): string {
  if (target === undefined || state.links > 0) return html
  return `<a${attribute('class', className)} href="#${target}">${html}</a>`
}
