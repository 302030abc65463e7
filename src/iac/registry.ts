import { cloudformationFormat } from './cloudformation/index.js'
import { samFormat } from './sam/index.js'
import { serverlessFormat } from './serverless/index.js'
import { terraformFormat } from './terraform/index.js'
import type { TemplateFormat } from './types.js'

/** Template formats, in the order they claim a document: the most specific first. */
export const TEMPLATE_FORMATS: readonly TemplateFormat[] = [
  serverlessFormat,
  samFormat,
  cloudformationFormat
]

export { terraformFormat }
