// Property (c): positions. Every positioned node has 0 ≤ start.offset ≤ end.offset ≤ text length; line and column
// agree with the offset (1-based line, column in UTF-16 units from the line start, a leading BOM counts in offsets
// but not in columns of line 1, CRLF / CR / LF all end lines); children are inside their parent and in order; and
// every `text` node's value equals the source slice at its position.
import {describe} from 'vitest'
import {documentText} from './arbitraries.js'
import {checkTextPositions} from './checks.js'
import {property} from './settings.js'

describe('parser: positions', () => {
  property('(c) positions point into the text, in order, and text values are source slices', documentText, ({text, encoding}) => checkTextPositions(text, encoding), {small: 150})
})
