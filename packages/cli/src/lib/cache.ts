// What an export remembers of its documents, so that the next export into the same folder reads
// again only what changed: `<out>/.communique-cache.json`.
//
// A document is taken from the last run when its bytes are the same (SHA-256), its
// `documents/<stem>.json` is still the file that run wrote (SHA-256), and the run was made by the
// same code on the same data with the same options (the fingerprint). Its tree is then read back
// from its JSON and its messages from the cache; everything after (resolution, Akoma Ntoso, JSON-LD,
// CSV) runs as always, over every document, so the outputs are byte-identical to a fresh export.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {MessageData} from './messages.js'
import {writeAtomic} from './write.js'

/** What the cache holds of one document. */
export interface CacheEntry {
  /** SHA-256 of the input's bytes (hex). */
  input: string
  /** SHA-256 of the `documents/<stem>.json` written (hex). */
  output: string
  /** The document's messages (its path is the input's). */
  messages: MessageData[]
}

/** The cache file. */
interface CacheFile {
  format: number
  fingerprint: string
  documents: Record<string, CacheEntry>
}

/** Name of the cache file in the output folder. */
export const cacheName = '.communique-cache.json'

/** Changes when the cache file's shape does. */
const cacheFormat = 1

/**
 * SHA-256 of bytes, in hex.
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   The digest.
 */
export function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The packages whose code or data shapes a document's tree, its JSON and its messages. */
const shapingPackages = ['@communique/cli', '@communique/parser', '@communique/doctree', '@communique/knowledge', '@communique/validator']

/** Files of a package that are not code or data it runs with. */
const notRun = /(?:\.d\.ts|\.map|\.tsbuildinfo)$/

/**
 * What the trees of a run depend on besides the documents, as one digest: the toolkit's own built
 * code and knowledge data (every file, so a rebuild after any change gives another fingerprint), the
 * installed dependencies (npm's record of what is installed, `node_modules/.package-lock.json`, or
 * the project's `package-lock.json`, in the toolkit's folder or any above it), the Node version (its Unicode tables), and the options that
 * change a tree or its JSON.
 *
 * @param options
 *   The options that change a tree or its JSON.
 * @returns
 *   The fingerprint.
 */
export function fingerprint(options: Readonly<Record<string, unknown>>): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({format: cacheFormat, node: process.version, options}))
  for (const file of shapingFiles()) {
    hash.update(`\0${file}\0`)
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

/**
 * The files that `fingerprint` reads: the built code and data of the packages that shape a tree
 * (in the order read), then the nearest record of the installed packages, when there is one.
 *
 * @returns
 *   Absolute paths.
 */
export function shapingFiles(): string[] {
  const require = createRequire(import.meta.url)
  const files: string[] = []
  let lock: string | null = null
  for (const name of shapingPackages) {
    const root = packageRoot(require.resolve(name))
    for (const folder of ['dist', 'data']) {
      const full = path.join(root, folder)
      if (!existsSync(full)) continue
      for (const file of filesUnder(full)) if (!notRun.test(file)) files.push(path.join(full, file))
    }
    lock ??= lockFile(root)
  }
  if (lock) files.push(lock)
  return files
}

/**
 * The folder of the package a file belongs to (the nearest with a `package.json`).
 *
 * @param file
 *   A file of the package.
 * @returns
 *   The folder.
 */
function packageRoot(file: string): string {
  let folder = path.dirname(file)
  while (!existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder)
  return folder
}

/**
 * npm's record of the installed packages nearest a folder: `node_modules/.package-lock.json` (what
 * npm installed) or else `package-lock.json`, in the folder or the nearest above it that has one.
 *
 * @param from
 *   A folder.
 * @returns
 *   Its path, or null.
 */
function lockFile(from: string): string | null {
  for (let folder = from; ; folder = path.dirname(folder)) {
    for (const name of [path.join('node_modules', '.package-lock.json'), 'package-lock.json']) {
      const candidate = path.join(folder, name)
      if (existsSync(candidate)) return candidate
    }
    if (path.dirname(folder) === folder) return null
  }
}

/**
 * The files under a folder, as sorted relative paths with `/`.
 *
 * @param folder
 *   A folder.
 * @returns
 *   The paths.
 */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort()
}

/**
 * The entries of the cache of an output folder made with this fingerprint; none when there is no
 * cache, it cannot be read, or another fingerprint made it.
 *
 * @param out
 *   The output folder.
 * @param current
 *   The fingerprint of this run.
 * @returns
 *   The entries by stem.
 */
export function readCache(out: string, current: string): Map<string, CacheEntry> {
  try {
    const cache = JSON.parse(readFileSync(path.join(out, cacheName), 'utf8')) as Partial<CacheFile>
    if (cache.format !== cacheFormat || cache.fingerprint !== current || !cache.documents || typeof cache.documents !== 'object') return new Map()
    return new Map(Object.entries(cache.documents).filter(([, entry]) => isEntry(entry)))
  } catch {
    return new Map()
  }
}

/**
 * Whether a value is a cache entry (a cache file can be edited or torn by hand).
 *
 * @param value
 *   Anything.
 * @returns
 *   Whether it is one.
 */
function isEntry(value: unknown): value is CacheEntry {
  const entry = value as Partial<CacheEntry> | null
  return typeof entry === 'object' && entry !== null && typeof entry.input === 'string' && typeof entry.output === 'string' && Array.isArray(entry.messages)
}

/**
 * Write the cache of an output folder (atomically): the documents of this run that were written.
 *
 * @param out
 *   The output folder.
 * @param current
 *   The fingerprint of this run.
 * @param entries
 *   The entries by stem.
 * @returns
 *   The path written.
 */
export async function writeCache(out: string, current: string, entries: ReadonlyMap<string, CacheEntry>): Promise<string> {
  const file = path.join(out, cacheName)
  const documents: Record<string, CacheEntry> = {}
  for (const stem of [...entries.keys()].sort()) documents[stem] = entries.get(stem)!
  await writeAtomic(file, `${JSON.stringify({format: cacheFormat, fingerprint: current, documents} satisfies CacheFile)}\n`)
  return file
}
