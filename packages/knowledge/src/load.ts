import {readFileSync} from 'node:fs'
import type {AgencyFact, CountryFact, Knowledge, OrganizationFact, PersonFact} from './types.js'

const dataUrl = new URL('../data/', import.meta.url)
let cached: Knowledge | undefined

/** Knowledge with nothing in it: the toolkit then works from the text alone. */
export const emptyKnowledge: Readonly<Knowledge> = Object.freeze({
  enabled: false,
  organizations: [],
  countries: [],
  people: [],
  agencies: []
})

/**
 * Load the knowledge files shipped in `data/` (read once, then cached).
 *
 * @param options
 *   `enabled: false` returns `emptyKnowledge` (optional, default: `true`).
 * @returns
 *   The knowledge.
 */
export function loadKnowledge(options?: Readonly<{enabled?: boolean}> | null): Readonly<Knowledge> {
  if (options?.enabled === false) return emptyKnowledge
  if (!cached) {
    const read = <T>(name: string, key: string): T[] =>
      (JSON.parse(readFileSync(new URL(name, dataUrl), 'utf8')) as Record<string, T[]>)[key] ?? []
    cached = Object.freeze({
      enabled: true,
      organizations: read<OrganizationFact>('organizations.json', 'organizations'),
      countries: read<CountryFact>('countries.json', 'countries'),
      people: read<PersonFact>('people.json', 'people'),
      agencies: read<AgencyFact>('agencies.json', 'agencies')
    })
  }
  return cached
}
