import type { Attr, Endpoint } from '../../../model/types.js'
import { entry, get, type Value } from '../../../model/value.js'
import { booleanAt, locOfEntry, stringAt, stringListAt } from '../../shared/attrs.js'
import { symbolic } from '../eval/values.js'
import { authFrom, authSettingAt } from './auth.js'
import type { Draft } from './draft.js'
import { nested, type TfBlock } from './folder.js'
import { linkFunction, sameTarget } from './links.js'
import { policyFrom } from './policy-documents.js'
import { mapRestStages } from './rest-stages.js'

const REST_AUTH = {
  NONE: 'none',
  AWS_IAM: 'iam',
  CUSTOM: 'lambda',
  COGNITO_USER_POOLS: 'cognito'
} as const

/**
 * API Gateway REST APIs: each `aws_api_gateway_method` is an endpoint at the full path of its
 * resource, invoking the function its `aws_api_gateway_integration` names.
 */
export function mapRestApis(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_api_gateway_rest_api')) {
    const policy = entry(b.body, 'policy')
    const document = policy ? policyFrom(draft, policy.value, locOfEntry(policy)) : undefined
    draft.addResource({
      id: b.address,
      kind: 'api',
      type: b.type,
      name: stringAt(b.body, 'name'),
      policies: document ? [document] : [],
      attributes: {
        protocol: { value: 'REST', loc: b.loc },
        endpointType: stringListAt(nested(b.body, 'endpoint_configuration'), 'types')[0]
      },
      loc: b.loc
    })
  }
  const paths = new ResourcePaths(draft)
  for (const b of draft.folder.ofType('aws_api_gateway_method'))
    draft.addEndpoint(methodEndpoint(draft, b, paths))
  for (const b of draft.folder.ofType('aws_api_gateway_integration')) integration(draft, b)
  mapRestStages(draft)
}

function methodEndpoint(draft: Draft, b: TfBlock, paths: ResourcePaths): Endpoint {
  const body = b.body
  const models = entry(body, 'request_models')
  const validation: Attr<boolean | string> | undefined =
    stringAt(body, 'request_validator_id') ??
    (models ? { value: true, loc: locOfEntry(models) } : undefined)
  return {
    id: b.address,
    kind: 'rest',
    method: stringAt(body, 'http_method'),
    path: paths.ofMethod(b),
    apiId: draft.folder.referenced(get(body, 'rest_api_id'), 'aws_api_gateway_rest_api')?.address,
    functionIds: [],
    auth: authFrom(
      REST_AUTH,
      authSettingAt(body, 'authorization'),
      stringAt(body, 'authorizer_id')
    ),
    apiKeyRequired: booleanAt(body, 'api_key_required'),
    requestValidation: validation,
    loc: b.loc
  }
}

function integration(draft: Draft, b: TfBlock): void {
  const method =
    draft.folder.referenced(get(b.body, 'http_method'), 'aws_api_gateway_method') ??
    draft.folder
      .ofType('aws_api_gateway_method')
      .find(m =>
        ['rest_api_id', 'resource_id', 'http_method'].every(k =>
          sameTarget(get(m.body, k), get(b.body, k))
        )
      )
  const endpoint = method ? draft.endpoints.get(method.address) : undefined
  if (endpoint) linkFunction(draft, endpoint, get(b.body, 'uri'), 'rest-api', b.loc)
}

/** Full paths of `aws_api_gateway_resource`s, following `parent_id` up to the API's root. */
class ResourcePaths {
  private readonly known = new Map<string, string | undefined>()

  constructor(private readonly draft: Draft) {}

  ofMethod(method: TfBlock): Attr<string> | undefined {
    const resourceId = entry(method.body, 'resource_id')
    if (!resourceId) return undefined
    const resource = this.draft.folder.referenced(resourceId.value, 'aws_api_gateway_resource')
    if (!resource) {
      return isRoot(resourceId.value)
        ? { value: '/', loc: locOfEntry(resourceId) }
        : stringAt(method.body, 'resource_id')
    }
    const part = entry(resource.body, 'path_part')
    const loc = part ? locOfEntry(part) : resource.loc
    const path = this.of(resource, new Set())
    return path !== undefined
      ? { value: path, loc }
      : { value: symbolic('path', `path of ${resource.address}`, [resource.address], loc), loc }
  }

  private of(resource: TfBlock, seen: Set<string>): string | undefined {
    if (this.known.has(resource.address)) return this.known.get(resource.address)
    if (seen.has(resource.address)) return undefined
    seen.add(resource.address)
    const part = get(resource.body, 'path_part')
    const parentId = get(resource.body, 'parent_id')
    const parent = this.draft.folder.referenced(parentId, 'aws_api_gateway_resource')
    let path: string | undefined
    if (part?.kind === 'scalar' && part.value !== null) {
      const base = parent ? this.of(parent, seen) : isRoot(parentId) ? '' : undefined
      path = base === undefined ? undefined : `${base === '/' ? '' : base}/${String(part.value)}`
    }
    this.known.set(resource.address, path)
    return path
  }
}

/** `aws_api_gateway_rest_api.x.root_resource_id`: the API's `/`. */
function isRoot(v: Value | undefined): boolean {
  return v?.kind === 'symbolic' && /\.root_resource_id$/.test(v.expr)
}
