export {documentValidator, locate, origin, schemaId, validate} from './lib/validate.js'
