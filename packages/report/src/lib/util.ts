import type {PersonEntity} from '@communique/resolver'
import {escapeHtml} from './escape.js'
import type {State} from './types.js'

/**
 * Whether a value is a valid HTML `datetime` for a date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYY-Www`.
 *
 * @param value
 *   Value.
 * @returns
 *   Whether it is one.
 */
export function isoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/.test(value)
}

/**
 * Render a numbered item (a clause or point): its number as printed, a bullet, or nothing, then its body.
 *
 * @param className
 *   Class of the item.
 * @param marker
 *   How it is marked.
 * @param num
 *   The number as printed, or null.
 * @param body
 *   Its content (HTML).
 * @returns
 *   HTML.
 */
export function numbered(className: string, marker: string, num: string | null, body: string): string {
  const label = num === null ? (marker === 'bullet' ? '•' : '') : escapeHtml(num)
  return `<div class="${className}"><span class="num">${label}</span><div class="body">${body}</div></div>`
}

/** A person as the page knows them in one document. */
export interface LocalPerson {
  /** The person's entity in the corpus, when the document's local key resolves. */
  entity: PersonEntity | undefined
  /** The name to show: the canonical name, else the name the document gives, else the key. */
  name: string
  /** Id of the person's entry, or undefined. */
  target: string | undefined
}

/**
 * Resolve a document-local person key (`p1`) through `corpus.personIndex`.
 *
 * @param state
 *   Info passed around.
 * @param key
 *   Local entity key.
 * @returns
 *   The person.
 */
export function localPerson(state: State, key: string): LocalPerson {
  const iri = state.corpus.personIndex[state.document.stem]?.[key]
  const entity = iri === undefined ? undefined : state.lookup.people.get(iri)
  const record = state.document.tree.people.find((person) => person.entity === key)
  return {
    entity,
    name: entity?.name ?? record?.name ?? key,
    target: entity ? state.ids.get(entity.id) : undefined
  }
}

/**
 * Join the parts that are set.
 *
 * @param parts
 *   Parts.
 * @param separator
 *   Separator (default: `' · '`).
 * @returns
 *   Text.
 */
export function joined(parts: ReadonlyArray<string | null | undefined | false>, separator = ' · '): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(separator)
}
