// The worker threads of `exportDocuments({jobs})` (a piscina pool): each task runs the same code
// as the main thread does with one job, and sends plain data back.
import {emptyKnowledge, loadKnowledge, type Knowledge} from '@communique/knowledge'
import {fileToData, type FileData} from './messages.js'
import {aknTask, readTask, type AknDone, type AknTask, type ReadDone, type ReadTask} from './task.js'

let loaded: Readonly<Knowledge> | null = null

function knowledgeFor(enabled: boolean): Readonly<Knowledge> {
  if (!enabled) return emptyKnowledge
  loaded ??= loadKnowledge()
  return loaded
}

/**
 * Read one document in a worker.
 *
 * @param task
 *   The document, and whether to use the knowledge files.
 * @returns
 *   The file's messages, the document's summary and what was written.
 */
export async function read(task: ReadTask & {knowledge: boolean}): Promise<Omit<ReadDone, 'file'> & {file: FileData}> {
  const done = readTask(task, knowledgeFor(task.knowledge))
  return {...done, file: fileToData(done.file)}
}

/**
 * Export one tree as Akoma Ntoso in a worker.
 *
 * @param task
 *   The document (its tree is read back from its JSON file), and whether to use the knowledge files.
 * @returns
 *   What was written, or why not.
 */
export async function akn(task: AknTask & {knowledge: boolean}): Promise<AknDone> {
  return aknTask(task, knowledgeFor(task.knowledge))
}
