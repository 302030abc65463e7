import { literal } from '../../model/attr.js'
import type { Resource } from '../../model/types.js'
import { asList, get, type Value } from '../../model/value.js'
import { numberAt, stringAt } from '../shared/attrs.js'
import { applyUsagePlan, usagePlanLimits } from '../shared/usage-plan.js'
import type { MapContext, TemplateResource } from './context.js'
import { apiIdOf, refsIn } from './refs.js'

/**
 * `AWS::ApiGateway::UsagePlan` → the plan, its `Throttle` and `Quota` on each stage in
 * `ApiStages` (a stage named by reference, or by name on an API of the template). A usage plan
 * only limits requests that carry one of its API keys; the rules weigh that.
 */
export function mapUsagePlan(ctx: MapContext, r: TemplateResource): void {
  const throttle = get(r.props, 'Throttle')
  const quota = get(r.props, 'Quota')
  const limits = usagePlanLimits(
    { value: r.id, loc: r.loc },
    { burst: numberAt(throttle, 'BurstLimit'), rate: numberAt(throttle, 'RateLimit') },
    { limit: numberAt(quota, 'Limit'), period: stringAt(quota, 'Period') }
  )
  ctx.later(() => {
    for (const item of asList(get(r.props, 'ApiStages')))
      for (const stage of stagesNamed(ctx, item)) applyUsagePlan(stage.attributes, limits)
  })
}

function stagesNamed(ctx: MapContext, item: Value): Resource[] {
  const stages = ctx.service.resources.filter(s => s.kind === 'api-stage')
  const stageRef = get(item, 'Stage')
  const refs = refsIn(stageRef)
  const direct = stages.filter(s => refs.includes(s.id) || refs.some(id => s.id === `${id}.Stage`))
  if (direct.length > 0) return direct
  const apiId = apiIdOf(ctx, get(item, 'ApiId'))
  const name = stringAt(item, 'Stage')
  const written = name && literal(name)
  return stages.filter(
    s => s.attributes.apiId === apiId && written && literal(s.attributes.stageName) === written
  )
}
