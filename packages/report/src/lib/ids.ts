/** Stable, safe element ids for the entries of the page. */
export interface Ids {
  /** The id of the entry of `key` (an IRI, or `document <stem>`), or undefined when it has no entry. */
  get(key: string): string | undefined
  /** Give `key` an id derived from `value`, unique in the page; returns the id it already has, if any. */
  add(key: string, value: string): string
}

/**
 * Turn text into an id part: ASCII letters (lowercased), digits and single hyphens.
 *
 * Diacritics are dropped (`Élodie Brûlé` → `elodie-brule`), every other run of characters becomes one hyphen.
 *
 * @param value
 *   Text.
 * @returns
 *   The slug, possibly empty.
 */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Create an id registry.
 *
 * Ids contain only ASCII letters, digits and hyphens and start with a letter. An IRI under `base` gives
 * the slug of its path (`…/id/person/jane-doe` → `person-jane-doe`); a clash (two keys with the same slug, or
 * a reserved id) gets `-2`, `-3` … in the order keys are added.
 *
 * @param base
 *   Base IRI of the corpus, stripped from IRIs.
 * @param reserved
 *   Ids the page uses for itself.
 * @returns
 *   The registry.
 */
export function createIds(base: string, reserved: ReadonlyArray<string>): Ids {
  const byKey = new Map<string, string>()
  const taken = new Set<string>(reserved)

  return {
    get(key) {
      return byKey.get(key)
    },
    add(key, value) {
      const existing = byKey.get(key)
      if (existing !== undefined) return existing
      const local = base && value.startsWith(base) ? value.slice(base.length) : value
      let stem = slug(local) || 'entry'
      if (!/^[a-z]/.test(stem)) stem = `id-${stem}`
      let id = stem
      let count = 1
      while (taken.has(id)) id = `${stem}-${++count}`
      taken.add(id)
      byKey.set(key, id)
      return id
    }
  }
}
