export {documentValidator, locate, origin, schemaId, validate, type ValidateOptions} from './lib/validate.js'
