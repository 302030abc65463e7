import type { PolicyDocument, Resource } from '../../model/types.js'
import { entry, get, type MapEntry, type Value } from '../../model/value.js'
import { locOfEntry, stringAt, stringListAt } from '../shared/attrs.js'
import { policyDocumentFrom, statementsFrom } from '../shared/policy-document.js'
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
    // A policy known only when deploying (one per stage, say) is kept as such: undecided.
    policies: policy ? [resourcePolicyOf(policy)] : [],
    attributes: compact({
      protocol: derived('REST', loc),
      endpointType: stringAt(p, 'endpointType')
    }),
    loc
  }
  for (const props of ctx.restApiProperties) override(api, props)
  ctx.service.resources.push(api)
}

/**
 * `Policy` and `EndpointConfiguration` set through `resources.extensions` (or a resource without a
 * `Type`) replace those the provider's settings make.
 */
function override(api: Resource, props: Value): void {
  const policy = entry(props, 'Policy')
  const document = policy && policyDocumentFrom(policy.value, locOfEntry(policy))
  if (document) api.policies = [document]
  const [type] = stringListAt(get(props, 'EndpointConfiguration'), 'Types')
  if (type) api.attributes.endpointType = type
}

/** `resourcePolicy` is a list of statements; a variable left to deployment is the whole policy. */
function resourcePolicyOf(e: MapEntry): PolicyDocument {
  const loc = locOfEntry(e)
  if (e.value.kind === 'symbolic') return { statements: [], symbolic: e.value, loc }
  return { statements: statementsFrom(e.value), loc }
}
