import {slug} from '@communique/knowledge'

/**
 * Hands out IRIs under one base: `{base}{kind}/{slug}`, collision-free (a second `jane-doe` of a
 * different person becomes `jane-doe-2`), and stable as long as the same things are asked for in
 * the same order (callers sort what they name first).
 */
export class IdMinter {
  readonly base: string
  readonly #used = new Set<string>()
  /** For each stem asked for more than once: the counter to try next (every one below is taken). */
  readonly #next = new Map<string, number>()

  /**
   * @param base
   *   The base IRI; must be absolute and end with `/`.
   */
  constructor(base: string) {
    let parsed: URL
    try {
      parsed = new URL(base)
    } catch {
      throw new Error(`Invalid base IRI \`${base}\`: expected an absolute IRI such as \`https://example.org/communique/id/\``)
    }
    if (!base.endsWith('/') || parsed.search || parsed.hash) {
      throw new Error(`Invalid base IRI \`${base}\`: it must end with \`/\` and have no query or fragment`)
    }
    this.base = base
  }

  /**
   * Mint an IRI.
   *
   * @param kind
   *   Path segment for the kind (`person`, `org`, `event`…).
   * @param name
   *   Text to slug (any script).
   * @returns
   *   A new, unused IRI (the stem, else the stem with the first free counter from 2).
   */
  mint(kind: string, name: string): string {
    const stem = `${this.base}${kind}/${slug(name)}`
    let iri = stem
    if (this.#used.has(iri)) {
      // IRIs are never released, so the counters tried before for this stem are still taken:
      // start where the last search ended (O(1) per call, amortised).
      let count = this.#next.get(stem) ?? 2
      iri = `${stem}-${count}`
      while (this.#used.has(iri)) iri = `${stem}-${++count}`
      this.#next.set(stem, count + 1)
    }
    this.#used.add(iri)
    return iri
  }
}
