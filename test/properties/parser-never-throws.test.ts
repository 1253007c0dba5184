// Property (a): the parser never throws, for any generated text. The text is encoded (UTF-8, or UTF-16 with a
// byte order mark) and decoded first; bytes that `decode` refuses get a fatal message and are not parsed.
import {describe} from 'vitest'
import {documentText} from './arbitraries.js'
import {checkParserDoesNotThrow} from './checks.js'
import {property} from './settings.js'

describe('parser: never throws', () => {
  property('(a) decode + parse never throw on generated documents', documentText, ({text, encoding}) => checkParserDoesNotThrow(text, encoding), {small: 300})
})
