export {toAkn} from './lib/to-akn.js'
export type {AknMessage, AknOptions, AknOrganization, AknPerson, ValidateAknOptions} from './lib/types.js'
export {bodyWords, checkReferences, firstWordDifference, validateAkn, words} from './lib/validate.js'
