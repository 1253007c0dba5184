// Property (d): a byte order mark and CRLF line endings give the same tree as the plain text (LF, no BOM),
// compared with positions removed and line endings normalised in string values; so do CR line endings.
import {describe} from 'vitest'
import {plainDocumentText} from './arbitraries.js'
import {checkLineEndings} from './checks.js'
import {property} from './settings.js'

describe('parser: BOM and line endings', () => {
  property('(d) a BOM and CRLF give the same tree as LF', plainDocumentText, (text) => checkLineEndings(text, '\r\n'), {small: 100, fuzz: 0.5})
  property('(d) a BOM and CR give the same tree as LF', plainDocumentText, (text) => checkLineEndings(text, '\r'), {small: 60, fuzz: 0.5})
})
