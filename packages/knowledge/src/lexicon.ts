import {createRequire} from 'node:module'
import {distance} from 'fastest-levenshtein'
import {fold} from './fold.js'
import type {Knowledge, OrganizationFact} from './types.js'

/** How a country is named. */
export type CountryForm = 'name' | 'official' | 'demonym' | 'variant' | 'capital'

/** A phrase that names a country. */
export interface CountryEntry {
  code: string
  form: CountryForm
}

/** A phrase that names an organization (or one of its former names, or a body that stands alone). */
export interface OrganizationEntry {
  organization: OrganizationFact
  /** The canonical name to report (a body that stands alone is named by its own name). */
  name: string
  acronym: string | null
  /** Set when the phrase is a former name, with the date it stopped being used. */
  formerUntil: string | null
  /** Set when the phrase names a body that stands alone (`SCO Regional Anti-Terrorist Structure`). */
  body: string | null
}

/** Phrases, folded, to what they name; `maxWords` bounds a longest-match scan. */
export interface PhraseIndex<Entry> {
  entries: Map<string, Entry>
  maxWords: number
  /** Every word-prefix of every phrase (`republic`, `republic of`, …): a scan stops as soon as it leaves them. */
  prefixes: Set<string>
}

/** World countries as the world-countries package gives them (the fields read here). */
interface WorldCountry {
  cca2: string
  name: {common: string; official: string}
  altSpellings: string[]
  demonyms?: {eng?: {m: string; f: string}}
  capital?: string[]
  independent?: boolean
}

const require = createRequire(import.meta.url)
let worldCountries: WorldCountry[] | undefined

/** The country records of the world-countries package (read once). */
function countries(): WorldCountry[] {
  // Independent states first: a shared demonym (`American`) names the state, not a territory.
  worldCountries ??= (require('world-countries/countries.json') as WorldCountry[]).toSorted(
    (a, b) => Number(b.independent === true) - Number(a.independent === true)
  )
  return worldCountries
}

const caches = new WeakMap<object, {countries?: PhraseIndex<CountryEntry>; organizations?: PhraseIndex<OrganizationEntry>}>()

/**
 * The country lexicon: common and official names, alternative spellings, demonyms and capitals
 * from the world-countries package (ISO 3166-1 alpha-2 codes), plus the names and adjectives of
 * the knowledge file `countries.json` when knowledge is enabled.
 *
 * @param knowledge
 *   The knowledge (its `countries` supplement the data set).
 * @returns
 *   The index, built once per knowledge object.
 */
export function countryIndex(knowledge: Readonly<Knowledge>): PhraseIndex<CountryEntry> {
  const cache = caches.get(knowledge) ?? {}
  if (cache.countries) return cache.countries
  const entries = new Map<string, CountryEntry>()
  const add = (phrase: string, entry: CountryEntry, overwrite = false) => {
    const key = fold(phrase)
    if (key.length < 3 || !/[a-z]/.test(key)) return
    if (!overwrite && entries.has(key)) return
    entries.set(key, entry)
  }
  // Names before demonyms before capitals: the first claim of a phrase wins.
  for (const country of countries()) add(country.name.common, {code: country.cca2, form: 'name'})
  for (const country of countries()) add(country.name.official, {code: country.cca2, form: 'official'})
  for (const fact of knowledge.countries) for (const name of fact.names) add(name, {code: fact.code, form: 'variant'})
  for (const country of countries()) {
    for (const spelling of country.altSpellings) {
      if (/^[\p{Script=Latin}\s.'’-]+$/u.test(spelling) && spelling.length > 3) {
        add(spelling, {code: country.cca2, form: /^(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Principality|Commonwealth)\b/.test(spelling) ? 'official' : 'variant'})
      }
    }
  }
  for (const country of countries()) {
    const demonyms = country.demonyms?.eng
    if (demonyms) {
      add(demonyms.m, {code: country.cca2, form: 'demonym'})
      add(demonyms.f, {code: country.cca2, form: 'demonym'})
    }
  }
  for (const fact of knowledge.countries) for (const adjective of fact.adjectives) add(adjective, {code: fact.code, form: 'demonym'}, true)
  for (const country of countries()) for (const capital of country.capital ?? []) add(capital, {code: country.cca2, form: 'capital'})
  const index = {entries, maxWords: maxWords(entries), prefixes: prefixesOf(entries)}
  caches.set(knowledge, {...cache, countries: index})
  return index
}

/**
 * The organization lexicon of the knowledge files: names, alternate names, acronyms, former names
 * (with their end date), and bodies that stand alone.
 *
 * @param knowledge
 *   The knowledge.
 * @returns
 *   The index (empty when knowledge is disabled), built once per knowledge object.
 */
export function organizationIndex(knowledge: Readonly<Knowledge>): PhraseIndex<OrganizationEntry> {
  const cache = caches.get(knowledge) ?? {}
  if (cache.organizations) return cache.organizations
  const entries = new Map<string, OrganizationEntry>()
  for (const organization of knowledge.organizations) {
    const base = {organization, name: organization.name, acronym: organization.acronym, formerUntil: null, body: null}
    for (const name of [organization.name, ...organization.alternateNames]) entries.set(fold(name), base)
    if (organization.acronym) entries.set(fold(organization.acronym), base)
    for (const former of organization.formerNames) {
      const entry = {...base, formerUntil: former.until}
      entries.set(fold(former.name), entry)
      if (former.acronym) entries.set(fold(former.acronym), entry)
    }
    for (const body of organization.bodies ?? []) {
      if (!body.separate) continue
      const entry = {organization, name: body.name, acronym: body.acronym ?? null, formerUntil: null, body: body.id}
      entries.set(fold(body.name), entry)
      for (const alias of body.aliases) entries.set(fold(alias), entry)
      if (organization.acronym) for (const alias of body.aliases) entries.set(fold(`${organization.acronym} ${alias}`), entry)
    }
  }
  const index = {entries, maxWords: maxWords(entries), prefixes: prefixesOf(entries)}
  caches.set(knowledge, {...cache, organizations: index})
  return index
}

/**
 * A state's standing in an organization on a date, from the knowledge files.
 *
 * @param knowledge
 *   The knowledge.
 * @param organization
 *   The organization's id.
 * @param country
 *   ISO 3166-1 alpha-2 code.
 * @param date
 *   `YYYY-MM-DD` (null: the latest known standing).
 * @returns
 *   `member`, `observer`, … or null when unknown.
 */
export function standingOf(knowledge: Readonly<Knowledge>, organization: string, country: string, date: string | null): string | null {
  const fact = knowledge.organizations.find((candidate) => candidate.id === organization)
  const spans = (fact?.members ?? []).filter((membership) => membership.country === country)
  const current = spans.filter((membership) => date === null || (membership.since <= date && (!membership.until || membership.until > date)))
  return current.at(-1)?.status ?? null
}

function prefixesOf(entries: Map<string, unknown>): Set<string> {
  const prefixes = new Set<string>()
  for (const key of entries.keys()) {
    const words = key.split(' ')
    for (let length = 1; length <= words.length; length++) prefixes.add(words.slice(0, length).join(' '))
  }
  return prefixes
}

function maxWords(entries: Map<string, unknown>): number {
  let most = 1
  for (const key of entries.keys()) most = Math.max(most, key.split(' ').length)
  return most
}

/**
 * The common English name of a country (world-countries), or the code when unknown.
 *
 * @param code
 *   ISO 3166-1 alpha-2 code.
 * @returns
 *   The name (`KZ` → `Kazakhstan`).
 */
export function countryName(code: string): string {
  return countries().find((country) => country.cca2 === code)?.name.common ?? code
}

const misspellings = new Map<string, CountryEntry | null>()

/**
 * The country a misspelt name or adjective most likely means (`Kazakstan` → `KZ`, `Ecuadorian` →
 * `EC`): one edit away from the common name or demonym of exactly one country, same first letter,
 * at least six letters. Only for words the lexicon does not know.
 *
 * @param word
 *   A capitalised word.
 * @returns
 *   The country and whether the word names it or is its adjective, or null.
 */
export function misspeltCountry(word: string): CountryEntry | null {
  const key = fold(word)
  if (key.length < 6 || key.includes(' ')) return null
  const cached = misspellings.get(key)
  if (cached !== undefined) return cached
  // A correct name or adjective is not a misspelling of another.
  if (countries().some((country) => fold(country.name.common) === key || (country.demonyms?.eng && fold(country.demonyms.eng.m) === key))) {
    misspellings.set(key, null)
    return null
  }
  const near = (name: string) => name[0] === key[0] && !name.includes(' ') && Math.abs(name.length - key.length) <= 1 && distance(name, key) === 1
  const names = countries().filter((country) => near(fold(country.name.common)))
  const demonyms = countries().filter((country) => country.demonyms?.eng && near(fold(country.demonyms.eng.m)))
  const entry: CountryEntry | null =
    names.length === 1 ? {code: names[0]!.cca2, form: 'variant'} : names.length === 0 && demonyms.length === 1 ? {code: demonyms[0]!.cca2, form: 'demonym'} : null
  misspellings.set(key, entry)
  return entry
}
