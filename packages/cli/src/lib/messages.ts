import type {Point, Position} from 'unist'
import {VFile} from 'vfile'

/** A vfile message as plain data, to cross from a worker thread. */
export interface MessageData {
  reason: string
  fatal: boolean | null | undefined
  place: Point | Position | null | undefined
  ruleId: string | null | undefined
  source: string | null | undefined
  url: string | null | undefined
  note: string | null | undefined
  actual: string | null | undefined
  expected: string[] | null | undefined
}

/** A vfile as plain data. */
export interface FileData {
  path: string
  messages: MessageData[]
}

/**
 * Turn a file's messages into plain data.
 *
 * @param file
 *   A file.
 * @returns
 *   Its path and messages.
 */
export function fileToData(file: VFile): FileData {
  return {
    path: file.path,
    messages: file.messages.map((message) => ({
      reason: message.reason,
      fatal: message.fatal,
      place: message.place,
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      note: message.note,
      actual: message.actual,
      expected: message.expected
    }))
  }
}

/**
 * Make a file again from plain data: the same path and messages, in order.
 *
 * @param data
 *   Data from `fileToData`.
 * @returns
 *   A file.
 */
export function fileFromData(data: Readonly<FileData>): VFile {
  const file = new VFile({path: data.path})
  for (const fields of data.messages) {
    const message = file.message(fields.reason, {place: fields.place ?? undefined, ruleId: fields.ruleId ?? undefined, source: fields.source ?? undefined})
    message.fatal = fields.fatal
    if (fields.url) message.url = fields.url
    if (fields.note) message.note = fields.note
    if (fields.actual) message.actual = fields.actual
    if (fields.expected) message.expected = fields.expected
  }
  return file
}
