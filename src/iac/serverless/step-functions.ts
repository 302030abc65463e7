import { get, isList, isMap } from '../../model/value.js'
import { locOfEntry } from '../shared/attrs.js'
import type { SlsContext } from './context.js'
import { restEndpoint } from './events/http.js'

/**
 * The serverless-step-functions plugin: each `http` event of `stepFunctions.stateMachines` is a
 * route of the service's REST API that starts an execution, with the settings of a function's
 * `http` event (`authorizer`, `private`, `cors`). Only these routes are read: who can start a
 * workflow is what the gate checks; the state machines themselves are not modelled.
 */
export function mapStateMachineEvents(ctx: SlsContext): void {
  const machines = get(get(ctx.doc, 'stepFunctions'), 'stateMachines')
  if (!isMap(machines)) return
  for (const [name, machine] of machines.entries) {
    const events = get(machine.value, 'events')
    if (!isList(events)) continue
    for (const item of events.items) {
      const http = isMap(item) && item.entries.size === 1 ? item.entries.get('http') : undefined
      if (!http) continue
      restEndpoint({ fnId: name, type: 'http', value: http.value, loc: locOfEntry(http) }, ctx, [])
    }
  }
}
