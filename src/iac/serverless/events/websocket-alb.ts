import type { Attr, Endpoint, Trigger } from '../../../model/types.js'
import { display } from '../../../model/attr.js'
import { entry, get, isMap } from '../../../model/value.js'
import { attrFromValue, stringAt, stringList } from '../../shared/attrs.js'
import type { SlsContext } from '../context.js'
import { albAuth, websocketAuth } from './auth.js'
import type { EventInput } from './types.js'

/** `websocket: $connect` or `{ route, authorizer }`: a route of the service's websocket API. */
export function websocketEvent(ev: EventInput, ctx: SlsContext): Trigger {
  const settings = isMap(ev.value) ? ev.value : undefined
  const route: Attr<string> | undefined = settings
    ? stringAt(settings, 'route')
    : attrFromValue('string', ev.value, ev.loc)
  const endpoint: Endpoint = {
    id: ctx.endpointId(`${ctx.apis.websocket} ${display(route) || '?'}`),
    kind: 'websocket',
    path: route,
    apiId: ctx.apis.websocket,
    functionIds: [ev.fnId],
    auth: websocketAuth(entry(settings, 'authorizer')),
    loc: ev.loc
  }
  ctx.service.endpoints.push(endpoint)
  return { kind: 'websocket', source: route, endpointId: endpoint.id, async: false, loc: ev.loc }
}

/** `alb: { listenerArn, priority, conditions: { path, method }, authorizer }`. */
export function albEvent(ev: EventInput, ctx: SlsContext): Trigger {
  const settings = isMap(ev.value) ? ev.value : undefined
  const listener = stringAt(settings, 'listenerArn')
  const conditions = get(settings, 'conditions')
  const [path] = stringList(get(conditions, 'path'))
  const [method] = stringList(get(conditions, 'method'))
  const endpoint: Endpoint = {
    id: ctx.endpointId(
      `alb ${display(listener) || '?'} ${display(stringAt(settings, 'priority')) || '?'}`
    ),
    kind: 'alb',
    method,
    path,
    apiId: listener ? display(listener) : undefined,
    functionIds: [ev.fnId],
    auth: albAuth(entry(settings, 'authorizer'), ctx),
    loc: ev.loc
  }
  ctx.service.endpoints.push(endpoint)
  return { kind: 'alb', source: listener, endpointId: endpoint.id, async: false, loc: ev.loc }
}
