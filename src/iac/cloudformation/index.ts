import { locationAt } from '../../model/location.js'
import { emptyService, type TemplateFormat } from '../types.js'
import { mapCloudFormationTemplate } from './map.js'
import { isCloudFormationTemplate, isSamTemplate, stackName } from './naming.js'
import { samOverrides } from './samconfig.js'
import { dirOf } from '../../sources/paths.js'

export { mapCloudFormationTemplate, type CfnMapInput, type ExternalId } from './map.js'

/** Plain CloudFormation templates, including CDK output (`cdk.out/*.template.json`). */
export const cloudformationFormat: TemplateFormat = {
  format: 'cloudformation',
  detect: (_file, document) => isCloudFormationTemplate(document) && !isSamTemplate(document),
  async build(input, ctx) {
    const { file, document } = input
    const name = await stackName(file, document, ctx.repo)
    const loc = locationAt(file, document.loc.line, document.loc.column)
    const service = emptyService(file, name, 'cloudformation', dirOf(file), loc)
    const overrides = await samOverrides(file, ctx.repo)
    const diagnostics = mapCloudFormationTemplate(
      { template: document, parameterOverrides: overrides.values },
      service
    )
    return { services: [service], diagnostics: [...overrides.diagnostics, ...diagnostics] }
  }
}
