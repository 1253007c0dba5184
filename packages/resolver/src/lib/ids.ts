import {slug} from '@communique/knowledge'

/**
 * Hands out IRIs under one base: `{base}{kind}/{slug}`, collision-free (a second `jane-doe` of a
 * different person becomes `jane-doe-2`), and stable as long as the same things are asked for in
 * the same order (callers sort what they name first).
 */
export class IdMinter {
  readonly base: string
  readonly #used = new Set<string>()

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
   *   A new, unused IRI.
   */
  mint(kind: string, name: string): string {
    const stem = `${this.base}${kind}/${slug(name)}`
    let iri = stem
    for (let count = 2; this.#used.has(iri); count++) iri = `${stem}-${count}`
    this.#used.add(iri)
    return iri
  }
}
