export {toHtml} from './lib/to-html.js'
export type {ReportDocument, ReportInput} from './lib/types.js'
