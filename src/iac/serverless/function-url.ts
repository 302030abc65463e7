import type {
  Attr,
  AuthType,
  EndpointAuth,
  FunctionUrl,
  LambdaFunction
} from '../../model/types.js'
import { isSymbolicValue } from '../../model/attr.js'
import { asString, entry, isMap, isTruthy, type Value } from '../../model/value.js'
import { locOfEntry } from '../shared/attrs.js'
import type { SlsContext } from './context.js'
import { v2Cors } from './events/cors.js'
import { normalizedName } from './names.js'

/**
 * `url: true` gives the function a public URL (auth type NONE, located at `url`);
 * `url: { authorizer: aws_iam, cors }` one that needs signed requests. Either is also an endpoint.
 * The framework tests `url` as JavaScript does (a schema warning does not stop the deploy), so any
 * value it takes for true is a public URL: `'false'`, `no` and `'0'` too. Only `aws_iam`, written
 * so, is an authorizer.
 */
export function mapFunctionUrl(def: Value, fn: LambdaFunction, ctx: SlsContext): void {
  const e = entry(def, 'url')
  if (!e) return
  const loc = locOfEntry(e)
  const settings = isMap(e.value) ? e.value : undefined
  if (isTruthy(e.value) === false) return
  const authType = authTypeOf(e.value, settings, loc)
  const endpointId = `${normalizedName(fn.id)}LambdaFunctionUrl`
  const cors = v2Cors(entry(settings, 'cors'))
  const url: FunctionUrl = { authType, cors, endpointId, loc }
  fn.url = url
  ctx.service.endpoints.push({
    id: endpointId,
    kind: 'function-url',
    functionIds: [fn.id],
    auth: endpointAuth(authType),
    cors,
    loc
  })
  fn.triggers.push({ kind: 'function-url', endpointId, async: false, loc })
}

function authTypeOf(v: Value, settings: Value | undefined, loc: FunctionUrl['loc']): Attr<string> {
  if (v.kind === 'symbolic') return { value: v, loc }
  const authorizer = entry(settings, 'authorizer')
  if (!authorizer) return { value: 'NONE', loc }
  const at = locOfEntry(authorizer)
  if (authorizer.value.kind === 'symbolic') return { value: authorizer.value, loc: at }
  return { value: asString(authorizer.value) === 'aws_iam' ? 'AWS_IAM' : 'NONE', loc: at }
}

function endpointAuth(authType: Attr<string>): EndpointAuth {
  if (isSymbolicValue(authType.value)) {
    return { type: 'unknown', symbolic: authType.value, loc: authType.loc }
  }
  const type: AuthType = authType.value === 'AWS_IAM' ? 'iam' : 'none'
  return { type, loc: authType.loc }
}
