import type { Attr } from '../../../model/types.js'
import { asString, entry, get, toPlain } from '../../../model/value.js'
import { locOfEntry, stringAt } from '../../shared/attrs.js'
import type { Draft } from './draft.js'
import { nested, nestedAll, type TfBlock } from './folder.js'

/**
 * Event triggers of functions: EventBridge rules and targets (schedules and event patterns),
 * EventBridge Scheduler schedules, SNS subscriptions and S3 bucket notifications. All of them
 * invoke the function asynchronously.
 */
export function mapEventTriggers(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_cloudwatch_event_target')) ruleTarget(draft, b)
  for (const b of draft.folder.ofType('aws_scheduler_schedule')) {
    const target = nested(b.body, 'target')
    const fn = draft.functionFor(get(target, 'arn'))
    if (fn) {
      const source = stringAt(b.body, 'schedule_expression')
      fn.triggers.push({ kind: 'schedule', source, async: true, loc: b.loc })
    }
  }
  for (const b of draft.folder.ofType('aws_sns_topic_subscription')) {
    if (asString(get(b.body, 'protocol'))?.toLowerCase() !== 'lambda') continue
    const fn = draft.functionFor(get(b.body, 'endpoint'))
    if (fn)
      fn.triggers.push({
        kind: 'sns',
        source: stringAt(b.body, 'topic_arn'),
        async: true,
        loc: b.loc
      })
  }
  for (const b of draft.folder.ofType('aws_s3_bucket_notification')) {
    for (const n of nestedAll(b.body, 'lambda_function')) {
      const fn = draft.functionFor(get(n, 'lambda_function_arn'))
      if (fn)
        fn.triggers.push({
          kind: 's3',
          source: stringAt(b.body, 'bucket'),
          async: true,
          loc: n.loc
        })
    }
  }
}

function ruleTarget(draft: Draft, b: TfBlock): void {
  const fn = draft.functionFor(get(b.body, 'arn'))
  if (!fn) return
  const rule = draft.folder.referenced(get(b.body, 'rule'), 'aws_cloudwatch_event_rule')
  const schedule = rule && stringAt(rule.body, 'schedule_expression')
  if (schedule) {
    fn.triggers.push({ kind: 'schedule', source: schedule, async: true, loc: b.loc })
    return
  }
  fn.triggers.push({
    kind: 'eventbridge',
    source: rule && eventPattern(rule),
    async: true,
    loc: b.loc
  })
}

/** The rule's event pattern as written (a `jsonencode` object is shown as JSON). */
function eventPattern(rule: TfBlock): Attr<string> | undefined {
  const e = entry(rule.body, 'event_pattern')
  if (!e) return stringAt(rule.body, 'name')
  const v = e.value
  if (v.kind === 'symbolic') return { value: v, loc: locOfEntry(e) }
  return {
    value: v.kind === 'scalar' ? String(v.value) : JSON.stringify(toPlain(v)),
    loc: locOfEntry(e)
  }
}
