import type { LambdaFunction, Trigger } from '../../../model/types.js'
import { entry, isList, isMap, type Value } from '../../../model/value.js'
import { locOfEntry } from '../../shared/attrs.js'
import type { SlsContext } from '../context.js'
import { httpApiEvent, restEvent } from './http.js'
import { sourceTrigger } from './triggers.js'
import type { EventInput } from './types.js'
import { albEvent, websocketEvent } from './websocket-alb.js'
import { ownValue } from '../../../model/own.js'

const ENDPOINT_EVENTS: Readonly<Record<string, (ev: EventInput, ctx: SlsContext) => Trigger>> = {
  http: restEvent,
  httpApi: httpApiEvent,
  websocket: websocketEvent,
  alb: albEvent
}

/** Reads a function's `events` list into its triggers, and the endpoints they create. */
export function mapEvents(def: Value, fn: LambdaFunction, ctx: SlsContext): void {
  const e = entry(def, 'events')
  if (!e || (e.value.kind === 'scalar' && e.value.value === null)) return
  if (e.value.kind === 'symbolic') {
    ctx.unreadable(e.value, `events of function ${fn.id}`, 'unresolved-events')
    return
  }
  if (!isList(e.value)) {
    ctx.warn(`events of function ${fn.id} should be a list`, locOfEntry(e), 'invalid-event')
    return
  }
  for (const item of e.value.items) {
    const ev = eventInput(item, fn.id, ctx)
    if (!ev) continue
    const endpointEvent = ownValue(ENDPOINT_EVENTS, ev.type)
    fn.triggers.push(endpointEvent ? endpointEvent(ev, ctx) : sourceTrigger(ev))
  }
}

function eventInput(item: Value, fnId: string, ctx: SlsContext): EventInput | undefined {
  if (item.kind === 'symbolic') {
    ctx.unreadable(item, `an event of function ${fnId}`, 'unresolved-events')
    return undefined
  }
  if (item.kind === 'scalar' && typeof item.value === 'string') {
    // A bare event name (`- alexaSkill`) is the event with no settings.
    const value: Value = { kind: 'scalar', value: null, loc: item.loc }
    return { fnId, type: item.value, value, loc: item.loc }
  }
  const [only] = isMap(item) ? item.entries.values() : []
  if (!isMap(item) || item.entries.size !== 1 || !only) {
    const message = `each event of function ${fnId} should be a map with one event type, such as http or sqs`
    ctx.warn(message, item.loc, 'invalid-event')
    return undefined
  }
  return { fnId, type: only.key, value: only.value, loc: locOfEntry(only) }
}
