export {fold, slug} from './fold.js'
export {countryIndex, countryName, organizationIndex, standingOf, type CountryEntry, type CountryForm, type OrganizationEntry, type PhraseIndex} from './lexicon.js'
export {emptyKnowledge, loadKnowledge} from './load.js'
export type * from './types.js'
