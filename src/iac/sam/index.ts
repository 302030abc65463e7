import { locationAt, type Diagnostic, type Position } from '../../model/location.js'
import { mapTemplate } from '../cloudformation/template.js'
import { isSamTemplate, stackName } from '../cloudformation/naming.js'
import { emptyService, type TemplateFormat } from '../types.js'
import { OPENAPI_NOT_READ } from '../cloudformation/openapi/index.js'
import { samOverrides } from '../cloudformation/samconfig.js'
import { inlineDefinitionFiles } from './definition-uri.js'
import { mergeGlobals } from './globals.js'
import { samHandlers } from './handlers.js'
import { dirOf } from '../../sources/paths.js'

/** AWS SAM templates (the `AWS::Serverless-2016-10-31` transform, or `AWS::Serverless::*` types). */
export const samFormat: TemplateFormat = {
  format: 'sam',
  detect: (_file, document) => isSamTemplate(document),
  async build(input, ctx) {
    const { file, document } = input
    const name = await stackName(file, document, ctx.repo)
    const loc = locationAt(file, document.loc.line, document.loc.column)
    const service = emptyService(file, name, 'sam', dirOf(file), loc)
    const merged = mergeGlobals(document)
    const overrides = await samOverrides(file, ctx.repo)
    const inlined = await inlineDefinitionFiles(merged.template, file, ctx.repo)
    service.files.push(...inlined.files)
    const diagnostics = mapTemplate(
      { template: inlined.template, parameterOverrides: overrides.values },
      service,
      samHandlers(merged.globals),
      { sharedKeys: merged.sharedKeys }
    )
    const problems = [
      ...merged.diagnostics,
      ...overrides.diagnostics,
      ...inlined.diagnostics,
      ...withoutRepeatedWarnings(diagnostics, file, inlined.unreadKeys)
    ]
    return { services: [service], diagnostics: problems }
  }
}

/**
 * A `DefinitionUri` file that could not be read has its error already: the API's "definition not
 * read" warning at the property would say it twice. Matched by line and column: another API's
 * warning on the same line (a template written on one line) still stands.
 */
function withoutRepeatedWarnings(
  diagnostics: Diagnostic[],
  file: string,
  unreadKeys: readonly Position[]
): Diagnostic[] {
  const said = new Set(unreadKeys.map(at => `${at.line}:${at.column}`))
  return diagnostics.filter(
    d => d.code !== OPENAPI_NOT_READ || d.file !== file || !said.has(`${d.line}:${d.column}`)
  )
}
