import { render } from '../document/intrinsics.js'
import { entry, get, type MapEntry, type Value } from '../../model/value.js'
import { HTTP_API_ID, REST_API_ID, WEBSOCKET_API_ID } from './names.js'

/**
 * The API each kind of event joins. The framework creates a REST, HTTP and websocket API for the
 * service, unless `provider` names one that another stack owns: `apiGateway.restApiId`,
 * `httpApi.id`, `apiGateway.websocketApiId` (or `websocketApiId`). Routes then join that API and
 * the service deploys no API or stage of its own for it.
 */
export interface ServiceApis {
  rest: string
  http: string
  websocket: string
}

export function serviceApis(provider: Value | undefined): ServiceApis {
  const apiGateway = get(provider, 'apiGateway')
  return {
    rest: externalId(entry(apiGateway, 'restApiId')) ?? REST_API_ID,
    http: externalId(entry(get(provider, 'httpApi'), 'id')) ?? HTTP_API_ID,
    websocket:
      externalId(entry(apiGateway, 'websocketApiId') ?? entry(provider, 'websocketApiId')) ??
      WEBSOCKET_API_ID
  }
}

/**
 * The external API's id as written: a literal, the logical id of a `!Ref`, or the expression
 * (`${cf:shared.ApiId}`, `!ImportValue SharedApiId`). Undefined when none is set.
 */
function externalId(e: MapEntry | undefined): string | undefined {
  const v = e?.value
  if (!v || (v.kind === 'scalar' && (v.value === null || v.value === ''))) return undefined
  if (v.kind === 'symbolic') {
    const [only] = v.refs
    return v.fn === 'Ref' && only !== undefined && v.refs.length === 1 ? only : v.expr
  }
  return render(v, 200)
}
