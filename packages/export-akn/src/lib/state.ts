import type {Document as Tree} from '@communique/doctree'
import {loadKnowledge} from '@communique/knowledge'
import {DOMImplementation} from '@xmldom/xmldom'
import {namespace} from './constants.js'
import {identify, isActor, isJurisdiction} from './identity.js'
import {all, handlers, one} from './one.js'
import {References} from './references.js'
import type {AknOptions, AknOrganization, AknPerson, Settings, State, XmlNode} from './types.js'
import {isFullDate, xmlSafe} from './util.js'

const own = {}.hasOwnProperty

/**
 * Validate the options once and create the state for exporting one document.
 *
 * @param tree
 *   The document (a statement or speech).
 * @param options
 *   Configuration.
 * @returns
 *   Fresh state; its `xml` document has an empty `akomaNtoso` root.
 * @throws {Error}
 *   On an invalid option (named, with what was expected).
 */
export function createState(tree: Readonly<Tree>, options: Readonly<AknOptions>): State {
  const settings = settingsOf(options)
  const xml = new DOMImplementation().createDocument(namespace, 'akomaNtoso', null)
  const references = new References(tree, settings)
  const state: State = {
    options: settings,
    tree,
    xml,
    references,
    handlers,
    identity: identify(tree, settings, references),
    context: {block: undefined, inTitle: false, inVenue: false},
    proponent: undefined,
    one(node) {
      return one(node, state)
    },
    all(parent) {
      return all(parent, state)
    },
    element(name, attributes, children) {
      const element = xml.createElementNS(namespace, name)
      if (attributes) {
        // `for…in` over the own keys of a plain object: no `Object.entries` arrays per element.
        for (const key in attributes) {
          if (!own.call(attributes, key)) continue
          const value = attributes[key]
          if (value !== undefined && value !== null) element.setAttribute(key, clean(value, settings, `the \`${key}\` attribute of \`${name}\``))
        }
      }
      if (children) for (let index = 0; index < children.length; index++) element.appendChild(children[index] as XmlNode)
      return element
    },
    text(value) {
      return xml.createTextNode(clean(value, settings, 'the text'))
    }
  }
  state.proponent = state.identity.proponent
  return state
}

/**
 * Remove the characters XML 1.0 forbids, and report them.
 *
 * @param value
 *   Text.
 * @param settings
 *   Validated options (`onWarning`).
 * @param place
 *   Where the text goes, for the warning.
 * @returns
 *   Safe text.
 */
function clean(value: string, settings: Settings, place: string): string {
  const result = xmlSafe(value)
  if (result.removed.length > 0 && settings.onWarning) {
    settings.onWarning(`Removed ${result.removed.length} character${result.removed.length === 1 ? '' : 's'} that XML 1.0 does not allow (${[...new Set(result.removed)].join(', ')}) from ${place} of \`${settings.stem}\``)
  }
  return result.value
}

/**
 * Validate options.
 *
 * @param options
 *   Configuration.
 * @returns
 *   Settings.
 * @throws {Error}
 *   On an invalid option.
 */
function settingsOf(options: Readonly<AknOptions>): Settings {
  if (typeof options !== 'object' || options === null) throw new Error('Missing options: expected an object with at least `stem`, such as `{stem: \'002_statement\'}`')
  const {stem} = options
  if (typeof stem !== 'string' || stem.trim() === '') throw new Error(`Invalid \`stem\` \`${String(stem)}\`: expected the document's file stem, such as \`002_statement\``)

  const markupDate = options.markupDate ?? new Date().toISOString().slice(0, 10)
  if (!isFullDate(markupDate)) throw new Error(`Invalid \`markupDate\` \`${String(markupDate)}\`: expected a date \`YYYY-MM-DD\`, such as \`2026-01-31\``)
  const language = options.language ?? 'eng'
  if (typeof language !== 'string' || !/^[a-z]{3}$/.test(language)) throw new Error(`Invalid \`language\` \`${String(language)}\`: expected an ISO 639-2 alpha-3 code, such as \`eng\``)
  const jurisdiction = options.jurisdiction ?? undefined
  if (jurisdiction !== undefined && (typeof jurisdiction !== 'string' || !isJurisdiction(jurisdiction))) {
    throw new Error(`Invalid \`jurisdiction\` \`${String(jurisdiction)}\`: expected a lowercase ISO 3166-1 alpha-2 code with an optional \`-locality\`, such as \`xx-ots\``)
  }
  const actor = options.actor ?? undefined
  if (actor !== undefined && (typeof actor !== 'string' || !isActor(actor))) throw new Error(`Invalid \`actor\` \`${String(actor)}\`: expected a slug, such as \`ots-cfm\``)
  const onWarning = options.onWarning ?? undefined
  if (onWarning !== undefined && typeof onWarning !== 'function') throw new Error('Invalid `onWarning`: expected a function')

  return {
    stem,
    people: records<AknPerson>(options.people, 'people'),
    organizations: records<AknOrganization>(options.organizations, 'organizations'),
    knowledge: options.knowledge ?? loadKnowledge(),
    jurisdiction,
    actor,
    markupDate,
    language,
    onWarning
  }
}

/**
 * Validate a record of `{id, name}` values.
 *
 * @param value
 *   The option.
 * @param name
 *   Its name.
 * @returns
 *   A map.
 * @throws {Error}
 *   When an entry is not `{id: string, name: string}`.
 */
function records<T extends {id: string; name: string}>(value: Readonly<Record<string, Readonly<T>>> | null | undefined, name: string): Map<string, Readonly<T>> {
  const result = new Map<string, Readonly<T>>()
  if (value === null || value === undefined) return result
  if (typeof value !== 'object') throw new Error(`Invalid \`${name}\`: expected an object of \`{id, name}\` records`)
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'object' || entry === null || typeof entry.id !== 'string' || typeof entry.name !== 'string') {
      throw new Error(`Invalid \`${name}\` entry \`${key}\`: expected \`{id: string, name: string}\``)
    }
    result.set(key, entry)
  }
  return result
}
