import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

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
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    try {
      await writeFile(temporary, content)
    } catch (error) {
      // Creating the folder only when it is missing saves a system call per file.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      await mkdir(path.dirname(file), {recursive: true})
      await writeFile(temporary, content)
    }
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
