import {fold} from './fold.js'

/**
 * The kinds of post a function names, for telling people apart (`Foreign Minister` and `Minister of
 * Foreign Affairs` are one kind; `President` and `Major` are not).
 *
 * @param fn
 *   A post's function (`Deputy Prime Minister and Minister of Foreign Affairs`).
 * @returns
 *   Keys such as `foreign-minister`, `deputy-prime-minister`, `president`.
 */
export function roleKeys(fn: string): Set<string> {
  const keys = new Set<string>()
  const value = fold(fn)
  // Two posts (`… and Minister of Foreign Affairs`, `… and Foreign Minister`), not a portfolio (`for Political and Peacebuilding Affairs`).
  for (const part of value.split(/\s+and\s+(?=(?:deputy |vice |first |acting )?(?:[a-z]+ (?:minister|of|for)\b|minister\b))/)) {
    if (/foreign (?:affairs|minister)|top diplomat|chief diplomat/.test(part)) keys.add(/^deputy|^vice/.test(part) ? 'deputy-foreign-minister' : 'foreign-minister')
    else if (/prime minister|premier/.test(part)) keys.add(/deputy|vice|first/.test(part) ? 'deputy-prime-minister' : 'prime-minister')
    else if (/vice[- ]president/.test(part)) keys.add('vice-president')
    else if (/president/.test(part)) keys.add('president')
    else if (/secretary[- ]general/.test(part)) keys.add(/deputy|under|assistant/.test(part) ? `${/under|assistant/.exec(part)?.[0] ?? 'deputy'}-secretary-general` : 'secretary-general')
    else if (/^minister$|^ministers?$/.test(part)) keys.add('minister')
    else keys.add(part.replace(/\s+of\s+.*$/, ''))
  }
  return keys
}

/**
 * Whether two posts can be held by the same person in one text: either is unknown, they share a
 * kind, or one is the bare `minister`.
 *
 * @param a
 *   Keys of one post.
 * @param b
 *   Keys of the other.
 * @returns
 *   Whether they are compatible.
 */
export function compatibleRoles(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true
  for (const key of a) if (b.has(key)) return true
  return (generic(a) && anyMinister(b)) || (generic(b) && anyMinister(a))
}


/** Posts of an organization's staff: an official with one of these serves the organization, not a state. */
export const officialTitle = /\b(?:secretary[- ]general|deputy secretary[- ]general|director[- ]general|executive secretary|director|commissioner|high representative|secretariat)\b/i

function generic(keys: Set<string>): boolean {
  return keys.has('minister') && keys.size === 1
}

function anyMinister(keys: Set<string>): boolean {
  return [...keys].some((key) => key.includes('minister'))
}
