import {blockLines, squash, subBlock, wordCount, type Unit} from './units.js'
import {creditLine, editorialNote, endMark, relatedLine, timeMark, widgetLine} from './patterns.js'

/**
 * Mark page boilerplate among a document's body units: end marks, transcript time marks,
 * related-content links, widgets, editorial notes, photo captions with their credit line, and
 * blocks printed twice. Captions are split from their credit line. Nothing is removed.
 *
 * @param units
 *   Body units (after the title), roles `paragraph` or list items.
 * @returns
 *   The units, with boilerplate marked (captions may become two units).
 */
export function markBoilerplate(units: Unit[]): Unit[] {
  const result: Unit[] = []
  const seen = new Set<string>()
  for (const unit of units) {
    if (unit.role.role !== 'paragraph') {
      result.push(unit)
      continue
    }
    const text = unit.block.text.trim()
    const flat = squash(text)
    if (unit.block.kind === 'mark' || endMark.test(flat)) {
      result.push({...unit, role: {role: 'boilerplate', reason: 'endMark'}})
    } else if (timeMark.test(flat)) {
      result.push({...unit, role: {role: 'boilerplate', reason: 'time'}})
    } else if (relatedLine.test(flat)) {
      result.push({...unit, role: {role: 'boilerplate', reason: 'related'}})
    } else if (widgetLine.test(flat)) {
      result.push({...unit, role: {role: 'boilerplate', reason: 'widget'}})
    } else if (editorialNote.test(flat) && wordCount(flat, 20) <= 20) {
      result.push({...unit, role: {role: 'boilerplate', reason: 'editorial'}})
    } else if (seen.has(flat) && wordCount(flat, 4) >= 4) {
      result.push({...unit, role: {role: 'boilerplate', reason: 'duplicate'}})
    } else {
      // A caption and its credit are two lines at least.
      const lines = /[\r\n]/.test(text) ? blockLines(unit.block) : []
      const last = lines.at(-1)
      if (lines.length >= 2 && last && creditLine.test(last.text) && !endMark.test(last.text) && wordCount(last.text, 4) <= 4) {
        const raw = unit.block.text
        let captionEnd = raw.trimEnd().lastIndexOf('\n')
        while (captionEnd > 0 && /\s/.test(raw.charAt(captionEnd - 1))) captionEnd--
        const captionBlock = subBlock(unit.block, 0, captionEnd)
        result.push({block: captionBlock, role: {role: 'boilerplate', reason: 'caption'}})
        result.push({block: last, role: {role: 'boilerplate', reason: 'credit'}})
        seen.add(squash(captionBlock.text))
        continue
      }
      result.push(unit)
    }
    seen.add(flat)
  }
  return result
}
