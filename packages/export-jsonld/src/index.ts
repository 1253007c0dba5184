export {schemaContextUrl, serializeJsonLd, toJsonLd, type Options} from './lib/to-jsonld.js'
