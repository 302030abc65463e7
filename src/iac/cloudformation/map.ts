import type { Diagnostic } from '../../model/location.js'
import type { Service } from '../../model/types.js'
import type { MapValue } from '../../model/value.js'
import { CFN_HANDLERS } from './handlers.js'
import { mapTemplate } from './template.js'

/** What a logical id defined outside the template's `Resources` stands for in the model. */
export interface ExternalId {
  kind: 'function' | 'role' | 'api'
  /** The id of the function, role or API in the service (`hello`, `IamRoleLambdaExecution`). */
  id: string
}

export interface CfnMapInput {
  /** A template, or a Serverless `resources` section: a map with `Resources`, optionally `Parameters`, `Conditions`, `Outputs`. */
  template: MapValue
  /** Logical ids defined outside `template.Resources` that its references may name, e.g. Serverless's `HelloLambdaFunction` → function `hello`, `IamRoleLambdaExecution` → the generated role. */
  externalIds?: Map<string, { kind: 'function' | 'role' | 'api'; id: string }>
  /** Parameter values given at deployment (`sam deploy`'s `parameter_overrides`), over defaults. */
  parameterOverrides?: ReadonlyMap<string, string>
}

/**
 * Maps every resource of the template into `service` (appending to its arrays) and links
 * references. Functions, roles and APIs named in `externalIds` must already be in `service` for
 * permissions, policies, triggers and endpoints to link to them. Never throws.
 */
export function mapCloudFormationTemplate(input: CfnMapInput, service: Service): Diagnostic[] {
  return mapTemplate(input, service, CFN_HANDLERS)
}
