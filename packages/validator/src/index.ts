export {documentValidator, locate, origin, schemaId, validate, type DocumentValidator, type SchemaError, type ValidateOptions} from './lib/validate.js'
