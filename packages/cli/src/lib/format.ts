import type {VFileMessage} from 'vfile-message'

/**
 * Format a message as `path:line:column: message [rule-id]` (warnings get `warning: ` before the
 * message, informational messages `info: `).
 *
 * @param path
 *   The file's path as the user gave it.
 * @param message
 *   A vfile message.
 * @returns
 *   One line.
 */
export function formatMessage(path: string, message: VFileMessage): string {
  const line = message.line ?? 1
  const column = message.column ?? 1
  const severity = message.fatal === true ? '' : message.fatal === false ? 'warning: ' : 'info: '
  const rule = message.ruleId ? ` [${message.ruleId}]` : ''
  return `${path}:${line}:${column}: ${severity}${message.reason}${rule}`
}
