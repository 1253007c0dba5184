/** The `source` of every message the plugins of this package add themselves. */
export const origin = 'communique-unified'

/** Rule ids of the messages this package adds (`ruleId` on each vfile message). */
export const rules = {
  /** `toAkn` repaired the text (for example, removed a character XML 1.0 forbids): a warning. */
  aknRepair: 'akn-repair',
  /** `toAkn` could not export the tree (a news report, an invalid option): a fatal message, thrown. */
  aknFailed: 'akn-failed'
} as const

/** A rule id of this package. */
export type RuleId = (typeof rules)[keyof typeof rules]
