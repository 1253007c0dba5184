/** The `source` of every message the parser emits. */
export const origin = 'communique-parser'

/** Rule ids of the parser's messages (`ruleId` on each vfile message). */
export const rules = {
  emptyFile: 'empty-file',
  blankFile: 'blank-file',
  binaryFile: 'binary-file',
  invalidUtf8: 'invalid-utf8',
  utf16: 'utf16-decoded',
  tooLarge: 'file-too-large',
  tooDeep: 'nesting-too-deep',
  controlCharacter: 'control-character',
  unclassified: 'unclassified-kind',
  unclosedQuote: 'unclosed-quote',
  unopenedQuote: 'unopened-quote',
  noDate: 'no-document-date',
  noTitle: 'no-title'
} as const

/** A rule id of the parser. */
export type RuleId = (typeof rules)[keyof typeof rules]
