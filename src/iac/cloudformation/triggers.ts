import type { Attr, TriggerKind } from '../../model/types.js'
import { asList, asString, get, getPath, isMap, type Value } from '../../model/value.js'
import { stringAt, stringList } from '../shared/attrs.js'
import { addTrigger, derived } from './common.js'
import type { MapContext, TemplateResource } from './context.js'
import { functionIdsIn } from './refs.js'

/** Triggers that other resources put on functions: rules, subscriptions, bucket notifications. */

function linkTrigger(
  ctx: MapContext,
  target: Value | undefined,
  kind: TriggerKind,
  source: Attr<string> | undefined,
  r: TemplateResource
): void {
  if (!target) return
  ctx.later(() => {
    for (const id of functionIdsIn(ctx, target)) {
      addTrigger(ctx.functionById(id), { kind, source, async: true, loc: r.loc })
    }
  })
}

/** `AWS::Events::Rule` → a schedule or EventBridge trigger on each function target. */
export function mapEventRule(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const schedule = stringAt(p, 'ScheduleExpression')
  const source =
    schedule ?? stringAt(p, 'EventBusName') ?? stringList(getPath(p, ['EventPattern', 'source']))[0]
  for (const target of asList(get(p, 'Targets')).filter(isMap)) {
    linkTrigger(ctx, get(target, 'Arn'), schedule ? 'schedule' : 'eventbridge', source, r)
  }
}

const isLambdaProtocol = (v: Value | undefined) => asString(v)?.toLowerCase() === 'lambda'

/** `AWS::SNS::Subscription` with protocol `lambda` → an SNS trigger on the function. */
export function mapSnsSubscription(ctx: MapContext, r: TemplateResource): void {
  if (!isLambdaProtocol(get(r.props, 'Protocol'))) return
  linkTrigger(ctx, get(r.props, 'Endpoint'), 'sns', stringAt(r.props, 'TopicArn'), r)
}

/** A topic's own `Subscription` list. */
export function linkTopicSubscriptions(ctx: MapContext, r: TemplateResource): void {
  const source = stringAt(r.props, 'TopicName') ?? derived(r.id, r.loc)
  for (const s of asList(get(r.props, 'Subscription')).filter(isMap)) {
    if (isLambdaProtocol(get(s, 'Protocol'))) linkTrigger(ctx, get(s, 'Endpoint'), 'sns', source, r)
  }
}

/** A bucket's `NotificationConfiguration.LambdaConfigurations`. */
export function linkBucketNotifications(ctx: MapContext, r: TemplateResource): void {
  const source = stringAt(r.props, 'BucketName') ?? derived(r.id, r.loc)
  const configs = getPath(r.props, ['NotificationConfiguration', 'LambdaConfigurations'])
  for (const c of asList(configs).filter(isMap)) {
    linkTrigger(ctx, get(c, 'Function'), 's3', source, r)
  }
}
