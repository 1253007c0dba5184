import {opendir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'

/** A problem met while collecting input files. */
export interface CollectProblem {
  path: string
  reason: string
  ruleId: string
}

/** What `collectFiles` found. */
export interface Collected {
  files: string[]
  /** The size of each file in bytes, as found when it was collected. */
  sizes: Map<string, number>
  problems: CollectProblem[]
}

/** File extensions read from folders. */
export const documentExtensions = ['.txt', '.md'] as const

/**
 * Collect the documents to read from paths: files as given, folders recursively (`*.txt`, `*.md`),
 * in a stable order. Symbolic-link loops are followed once; unreadable entries are reported, not
 * fatal.
 *
 * @param paths
 *   Files or folders.
 * @param extensions
 *   File extensions to read from folders (optional, default: `documentExtensions`).
 * @returns
 *   The files (sorted, without duplicates), their sizes, and the problems met.
 */
export async function collectFiles(paths: readonly string[], extensions: readonly string[] = documentExtensions): Promise<Collected> {
  const sizes = new Map<string, number>()
  const problems: CollectProblem[] = []
  const seenDirectories = new Set<string>()

  for (const given of paths) {
    let info
    try {
      info = await stat(given)
    } catch (error) {
      problems.push({path: given, reason: `Cannot read \`${given}\`: ${reason(error)}`, ruleId: 'unreadable-path'})
      continue
    }
    if (info.isFile()) {
      sizes.set(given, info.size)
      continue
    }
    if (!info.isDirectory()) {
      problems.push({path: given, reason: `Not a file or folder: \`${given}\``, ruleId: 'unreadable-path'})
      continue
    }
    // Walk with an explicit stack: no recursion, and each real folder is read once (symlink loops).
    const stack = [given]
    while (stack.length > 0) {
      const folder = stack.pop()!
      let real: string
      try {
        real = await realpath(folder)
      } catch (error) {
        problems.push({path: folder, reason: `Cannot read folder \`${folder}\`: ${reason(error)}`, ruleId: 'unreadable-path'})
        continue
      }
      if (seenDirectories.has(real)) continue
      seenDirectories.add(real)
      const entries: string[] = []
      try {
        for await (const entry of await opendir(folder)) entries.push(entry.name)
      } catch (error) {
        problems.push({path: folder, reason: `Cannot read folder \`${folder}\`: ${reason(error)}`, ruleId: 'unreadable-path'})
        continue
      }
      for (const name of entries.sort().reverse()) {
        const full = path.join(folder, name)
        let entryInfo
        try {
          entryInfo = await stat(full)
        } catch (error) {
          problems.push({path: full, reason: `Cannot read \`${full}\`: ${reason(error)}`, ruleId: 'unreadable-path'})
          continue
        }
        if (entryInfo.isDirectory()) stack.push(full)
        else if (entryInfo.isFile() && extensions.some((extension) => name.toLowerCase().endsWith(extension))) sizes.set(full, entryInfo.size)
      }
    }
  }
  return {files: [...sizes.keys()].sort(), sizes, problems}
}

/**
 * The stem of a document path: its file name without the extension.
 *
 * @param file
 *   A path.
 * @returns
 *   The stem.
 */
export function stemOf(file: string): string {
  const base = path.basename(file)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

/**
 * A file name that is safe to write inside the output folder: no separators, no leading dots or
 * dashes, no control characters; never empty.
 *
 * @param stem
 *   A document stem.
 * @returns
 *   A safe file name stem.
 */
export function safeStem(stem: string): string {
  const cleaned = stem
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F/\\:*?"<>|]/g, '_')
    .replace(/^[.\-\s]+/, '')
    .trim()
  return cleaned === '' ? '_' : cleaned.slice(0, 200)
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as {code: unknown}).code)
    if (code === 'ENOENT') return 'no such file or folder'
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
    if (code === 'ELOOP') return 'too many symbolic links (a loop)'
    return code
  }
  return String(error)
}

/**
 * A file carrying a collect problem as its one fatal message, placed at 1:1.
 *
 * @param problem
 *   A problem from `collectFiles`.
 * @returns
 *   The file.
 */
export function problemFile(problem: Readonly<CollectProblem>): VFile {
  const file = new VFile({path: problem.path})
  file.message(problem.reason, {place: {line: 1, column: 1}, ruleId: problem.ruleId, source: 'communique'}).fatal = true
  return file
}

/** An input with its output stem, and the earlier input that has the same stem (or null). */
export interface PlannedInput {
  input: string
  stem: string
  previous: string | null
}

/**
 * Give each input its output stem, in input order; an input whose stem an earlier one has is
 * marked with that earlier input (it would overwrite its outputs).
 *
 * @param inputs
 *   Input paths.
 * @returns
 *   One entry per input.
 */
export function planStems(inputs: readonly string[]): PlannedInput[] {
  const stems = new Map<string, string>()
  return inputs.map((input) => {
    const stem = safeStem(stemOf(input))
    const previous = stems.get(stem) ?? null
    if (previous === null) stems.set(stem, input)
    return {input, stem, previous}
  })
}
