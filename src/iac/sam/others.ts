import { asString, get, isMap } from '../../model/value.js'
import { stringAt } from '../shared/attrs.js'
import { booleanAtPath, stringAtPath } from '../cloudformation/common.js'
import type { MapContext, TemplateResource } from '../cloudformation/context.js'
import { pushResource } from '../cloudformation/data.js'
import { apiEventEndpoint } from './api-events.js'
import type { SamApis } from './apis.js'
import { generatedRole } from './role.js'

/** `AWS::Serverless::SimpleTable` → a DynamoDB table. */
export function mapSimpleTable(ctx: MapContext, r: TemplateResource): void {
  pushResource(ctx, r, 'table', stringAt(r.props, 'TableName'), {
    sseEnabled: booleanAtPath(r.props, ['SSESpecification', 'SSEEnabled'])
  })
}

/**
 * `AWS::Serverless::StateMachine` → a state machine, the role SAM generates without `Role`, and
 * the REST routes its `Api` events add (each starts an execution).
 */
export function mapSamStateMachine(ctx: MapContext, apis: SamApis, r: TemplateResource): void {
  const p = r.props
  pushResource(ctx, r, 'state-machine', stringAt(p, 'Name'), {
    loggingLevel: stringAtPath(p, ['Logging', 'Level']),
    tracing: booleanAtPath(p, ['Tracing', 'Enabled'])
  })
  if (!get(p, 'Role')) generatedRole(ctx, r, 'states.amazonaws.com', [])
  const events = get(p, 'Events')
  if (!isMap(events)) return
  for (const e of events.entries.values()) {
    if (asString(get(e.value, 'Type')) === 'Api') apiEventEndpoint(ctx, apis, r.id, e, 'rest')
  }
}
