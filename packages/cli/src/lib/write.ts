import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {threadId} from 'node:worker_threads'

let written = 0

/**
 * A temporary name beside a file, unique among every process and thread writing at once (process
 * id, thread id, a counter), hidden, and ending in `.tmp` so that the next export removes it if a
 * crash left it behind.
 *
 * @param file
 *   The target path.
 * @returns
 *   The temporary path.
 */
function temporaryOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${threadId}.${(written++).toString(36)}.tmp`)
}

/**
 * Write a file atomically: write a temporary file beside it, then rename it over the target.
 * A reader (or a crash) sees either the old file or the whole new one, never a torn one.
 * The folder is created when missing.
 *
 * @param file
 *   The target path.
 * @param content
 *   What to write.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  writeAtomicSync(file, content)
}

/**
 * `writeAtomic`, synchronously: what export workers use, one document after another, where a
 * round trip through the thread pool per call costs more than the write itself.
 *
 * @param file
 *   The target path.
 * @param content
 *   What to write.
 */
export function writeAtomicSync(file: string, content: string | Uint8Array): void {
  const temporary = temporaryOf(file)
  try {
    try {
      writeFileSync(temporary, content)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(temporary, content)
    }
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
