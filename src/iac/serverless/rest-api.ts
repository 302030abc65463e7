import type { Resource } from '../../model/types.js'
import { entry, get } from '../../model/value.js'
import { locOfEntry, stringAt } from '../shared/attrs.js'
import { statementsFrom } from '../shared/policy-document.js'
import { compact } from '../cloudformation/apigateway-stage.js'
import { derived } from '../cloudformation/common.js'
import type { SlsContext } from './context.js'
import { REST_API_ID } from './names.js'

/**
 * The REST API the framework creates for `http` events, with its endpoint type
 * (`provider.endpointType`) and resource policy (`provider.apiGateway.resourcePolicy`, a list of
 * statements): a PRIVATE API is reached only through VPC endpoints, and its policy says whose.
 * Not made when the routes join an API another stack owns (`apiGateway.restApiId`).
 */
export function mapRestApi(ctx: SlsContext): void {
  if (!ctx.service.endpoints.some(e => e.apiId === REST_API_ID)) return
  if (ctx.service.resources.some(r => r.id === REST_API_ID)) return
  const p = ctx.provider
  const provider = entry(ctx.doc, 'provider')
  const loc = provider ? locOfEntry(provider) : ctx.service.loc
  const policy = entry(get(p, 'apiGateway'), 'resourcePolicy')
  const api: Resource = {
    id: REST_API_ID,
    kind: 'api',
    type: 'AWS::ApiGateway::RestApi',
    policies:
      policy && policy.value.kind !== 'symbolic'
        ? [{ statements: statementsFrom(policy.value), loc: locOfEntry(policy) }]
        : [],
    attributes: compact({
      protocol: derived('REST', loc),
      endpointType: stringAt(p, 'endpointType')
    }),
    loc
  }
  ctx.service.resources.push(api)
}
