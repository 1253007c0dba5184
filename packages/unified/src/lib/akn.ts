import type {Document} from '@communique/doctree'
import {toAkn, type AknOptions} from '@communique/export-akn'
import type {Plugin} from 'unified'
import {origin, rules} from './constants.js'

/** Configuration of `communiqueAkn`: the options of `toAkn` in `@communique/export-akn`, with `stem` optional and no `onWarning`. */
export interface CommuniqueAknOptions extends Omit<AknOptions, 'onWarning' | 'stem'> {
  /** The document's stem, kept as `FRBRalias name="stem"` (optional, default: `file.stem`, else `'document'`). */
  stem?: string | null | undefined
}

/**
 * Compile the document tree to Akoma Ntoso 3.0 XML, with `toAkn` from `@communique/export-akn`.
 *
 * Repairs `toAkn` makes to the text (characters XML 1.0 forbids, removed) become warnings on `file` (rule
 * id `akn-repair`). A tree `toAkn` cannot export (a news report, an invalid option) fails the file:
 * a fatal message (rule id `akn-failed`, with the error as `cause`) is added and thrown, so `process`
 * rejects with it.
 *
 * > **Note**: `markupDate` defaults to today; pass it for reproducible output.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Nothing.
 * @example
 *   const file = await unified().use(remarkParse).use(remarkCommunique).use(communiqueAkn, {markupDate: '2026-01-31'}).process(input)
 *   String(file) // '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso …'
 */
export const communiqueAkn: Plugin<[(Readonly<CommuniqueAknOptions> | null | undefined)?], Document, string> = function (options) {
  this.compiler = function (tree, file) {
    try {
      // `this` is typed as a processor that compiles any node; the plugin's type says it compiles documents.
      return toAkn(tree as Document, {
        ...options,
        stem: options?.stem ?? file.stem ?? 'document',
        onWarning(reason) {
          file.message(reason, {ruleId: rules.aknRepair, source: origin})
        }
      })
    } catch (error) {
      if (!(error instanceof Error)) throw error
      return file.fail(error.message, {cause: error, ruleId: rules.aknFailed, source: origin})
    }
  }
}
