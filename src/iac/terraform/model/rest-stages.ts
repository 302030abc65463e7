import type { Resource, ResourceAttributes } from '../../../model/types.js'
import { asString, entry, get, type MapValue } from '../../../model/value.js'
import { booleanAt, locOfEntry, numberAt, stringAt, stringListAt } from '../../shared/attrs.js'
import type { Draft } from './draft.js'
import { addExternalTarget } from '../../shared/external-targets.js'
import { applyUsagePlan, usagePlanLimits } from '../../shared/usage-plan.js'
import { markPossiblyProtected } from '../../shared/waf-association.js'
import { nested, nestedAll, type TfBlock } from './folder.js'
import { policyFrom } from './policy-documents.js'

/**
 * REST API stages with their method settings (logging, data trace, cache, throttling), WAF
 * associations, custom domains and API resource policies.
 */
export function mapRestStages(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_api_gateway_stage')) {
    const body = b.body
    draft.addResource(
      stage(draft, b, {
        accessLogDestination: stringAt(nested(body, 'access_log_settings'), 'destination_arn'),
        tracing: booleanAt(body, 'xray_tracing_enabled')
      })
    )
  }
  // A deployment with `stage_name` creates a stage of its own, with default settings.
  for (const b of draft.folder.ofType('aws_api_gateway_deployment')) {
    if (entry(b.body, 'stage_name')) draft.addResource(stage(draft, b, {}))
  }
  const settings = [...draft.folder.ofType('aws_api_gateway_method_settings')].sort(
    (a, b) => Number(!isStageWide(a)) - Number(!isStageWide(b))
  )
  for (const b of settings) methodSettings(draft, b)
  for (const b of draft.folder.ofType('aws_wafv2_web_acl_association')) waf(draft, b, 'web_acl_arn')
  for (const b of draft.folder.ofType('aws_wafregional_web_acl_association'))
    waf(draft, b, 'web_acl_id')
  for (const b of draft.folder.ofType('aws_api_gateway_usage_plan')) usagePlan(draft, b)
  for (const b of draft.folder.ofType('aws_api_gateway_domain_name')) {
    draft.addResource({
      id: b.address,
      kind: 'api-domain',
      type: b.type,
      name: stringAt(b.body, 'domain_name'),
      policies: [],
      attributes: {
        securityPolicy: stringAt(b.body, 'security_policy'),
        endpointType: stringListAt(nested(b.body, 'endpoint_configuration'), 'types')[0]
      },
      loc: b.loc
    })
  }
  for (const b of draft.folder.ofType('aws_api_gateway_rest_api_policy')) {
    const api = draft.resourceFor(get(b.body, 'rest_api_id'), 'aws_api_gateway_rest_api')
    const policy = entry(b.body, 'policy')
    const document = policy && policyFrom(draft, policy.value, locOfEntry(policy))
    if (api && document) api.policies.push(document)
  }
}

function stage(draft: Draft, b: TfBlock, attributes: ResourceAttributes): Resource {
  const stageName = stringAt(b.body, 'stage_name')
  return {
    id: b.address,
    kind: 'api-stage',
    type: b.type,
    name: stageName,
    policies: [],
    attributes: {
      apiId: draft.folder.referenced(get(b.body, 'rest_api_id'), 'aws_api_gateway_rest_api')
        ?.address,
      stageName,
      ...attributes
    },
    loc: b.loc
  }
}

function isStageWide(b: TfBlock): boolean {
  return asString(get(b.body, 'method_path')) === '*/*'
}

/** Settings for every method of the stage come first; a single method's only fill what is unset. */
function methodSettings(draft: Draft, b: TfBlock): void {
  const stageName = get(b.body, 'stage_name')
  const literal = asString(stageName)
  const apiId = draft.folder.referenced(
    get(b.body, 'rest_api_id'),
    'aws_api_gateway_rest_api'
  )?.address
  const target =
    draft.resourceFor(stageName, 'aws_api_gateway_stage') ??
    draft.resourceFor(stageName, 'aws_api_gateway_deployment') ??
    draft.service.resources.find(
      r =>
        r.kind === 'api-stage' &&
        literal !== undefined &&
        r.attributes.stageName?.value === literal &&
        r.attributes.apiId === apiId
    )
  const s: MapValue | undefined = nested(b.body, 'settings')
  if (!s) return
  const settings: ResourceAttributes = {
    loggingLevel: stringAt(s, 'logging_level'),
    dataTrace: booleanAt(s, 'data_trace_enabled'),
    cacheEnabled: booleanAt(s, 'caching_enabled'),
    cacheEncrypted: booleanAt(s, 'cache_data_encrypted'),
    throttlingBurstLimit: numberAt(s, 'throttling_burst_limit'),
    throttlingRateLimit: numberAt(s, 'throttling_rate_limit')
  }
  if (!target) {
    // A stage of another module or stack: what these settings turn on is judged on its own.
    const name = stringAt(b.body, 'stage_name') ?? { value: b.address, loc: b.loc }
    addExternalTarget(draft.service, {
      id: b.address,
      kind: 'api-stage',
      type: b.type,
      target: name,
      policies: [],
      attributes: { stageName: name, ...settings },
      loc: b.loc
    })
    return
  }
  for (const [key, value] of Object.entries(settings)) {
    const k = key as keyof ResourceAttributes
    if (value !== undefined && target.attributes[k] === undefined)
      Object.assign(target.attributes, { [k]: value })
  }
}

/** A usage plan, its `throttle_settings` and `quota_settings` on each stage of its `api_stages`. */
function usagePlan(draft: Draft, b: TfBlock): void {
  const throttle = nested(b.body, 'throttle_settings')
  const quota = nested(b.body, 'quota_settings')
  const limits = usagePlanLimits(
    { value: b.address, loc: b.loc },
    { burst: numberAt(throttle, 'burst_limit'), rate: numberAt(throttle, 'rate_limit') },
    { limit: numberAt(quota, 'limit'), period: stringAt(quota, 'period') }
  )
  for (const item of nestedAll(b.body, 'api_stages')) {
    const apiId = draft.folder.referenced(get(item, 'api_id'), 'aws_api_gateway_rest_api')?.address
    const stageName = get(item, 'stage')
    const name = asString(stageName)
    const stage =
      draft.resourceFor(stageName, 'aws_api_gateway_stage') ??
      draft.service.resources.find(
        r =>
          r.kind === 'api-stage' &&
          name !== undefined &&
          r.attributes.stageName?.value === name &&
          r.attributes.apiId === apiId
      )
    if (stage) applyUsagePlan(stage.attributes, limits)
  }
}

function waf(draft: Draft, b: TfBlock, key: string): void {
  const stageRef = get(b.body, 'resource_arn')
  const target = draft.resourceFor(stageRef, 'aws_api_gateway_stage')
  const acl = stringAt(b.body, key)
  if (!acl) return
  if (target) {
    target.attributes.wafAclId = acl
    return
  }
  const written = stringAt(b.body, 'resource_arn')
  if (!written || !stageRef) return
  const text = typeof written.value === 'string' ? written.value : written.value.expr
  const stages = draft.service.resources.filter(r => r.kind === 'api-stage')
  markPossiblyProtected(stages, text, written)
}
