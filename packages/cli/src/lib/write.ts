import {lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
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
 * Whether a path is a regular file that holds exactly these bytes. Its size is checked first, so a
 * file of another size is not read.
 *
 * @param file
 *   The path.
 * @param bytes
 *   The bytes.
 * @returns
 *   Whether the file holds them (false when it is missing, a link, a folder or unreadable).
 */
function holds(file: string, bytes: Uint8Array): boolean {
  try {
    const stats = lstatSync(file, {throwIfNoEntry: false})
    return stats !== undefined && stats.isFile() && stats.size === bytes.byteLength && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(file))
  } catch {
    return false
  }
}

/**
 * Write a file atomically: write a temporary file beside it, then rename it over the target.
 * A reader (or a crash) sees either the old file or the whole new one, never a torn one.
 * The folder is created when missing.
 *
 * A file that already holds exactly these bytes is left as it is: its modification time stays, so
 * tools that go by it (make, rsync, backups) see no change when a re-run changes nothing, and the
 * run saves the rename, which on some file systems (ext4 replacing a file) starts writing the new
 * data to disk at once.
 *
 * @param file
 *   The target path.
 * @param content
 *   What to write.
 * @returns
 *   Whether the file was written (false: it already held the content).
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<boolean> {
  return writeAtomicSync(file, content)
}

/**
 * `writeAtomic`, synchronously: what export workers use, one document after another, where a
 * round trip through the thread pool per call costs more than the write itself.
 *
 * @param file
 *   The target path.
 * @param content
 *   What to write.
 * @returns
 *   Whether the file was written (false: it already held the content).
 */
export function writeAtomicSync(file: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  if (holds(file, bytes)) return false
  const temporary = temporaryOf(file)
  try {
    try {
      writeFileSync(temporary, bytes)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(temporary, bytes)
    }
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
  return true
}
