import { get } from '../../model/value.js'
import { stringAt } from '../shared/attrs.js'
import { booleanAtPath, stringAtPath } from '../cloudformation/common.js'
import type { MapContext, TemplateResource } from '../cloudformation/context.js'
import { pushResource } from '../cloudformation/data.js'
import { generatedRole } from './role.js'

/** `AWS::Serverless::SimpleTable` → a DynamoDB table. */
export function mapSimpleTable(ctx: MapContext, r: TemplateResource): void {
  pushResource(ctx, r, 'table', stringAt(r.props, 'TableName'), {
    sseEnabled: booleanAtPath(r.props, ['SSESpecification', 'SSEEnabled'])
  })
}

/** `AWS::Serverless::StateMachine` → a state machine, and the role SAM generates without `Role`. */
export function mapSamStateMachine(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  pushResource(ctx, r, 'state-machine', stringAt(p, 'Name'), {
    loggingLevel: stringAtPath(p, ['Logging', 'Level']),
    tracing: booleanAtPath(p, ['Tracing', 'Enabled'])
  })
  if (!get(p, 'Role')) generatedRole(ctx, r, 'states.amazonaws.com', [])
}
