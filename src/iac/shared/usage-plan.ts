import type { Attr, ResourceAttributes } from '../../model/types.js'

const PLAN_KEYS = [
  'usagePlan',
  'usagePlanBurstLimit',
  'usagePlanRateLimit',
  'usagePlanQuotaLimit',
  'usagePlanQuotaPeriod'
] as const

/** What a usage plan sets on each stage it names: the plan, its throttle and its quota. */
export type UsagePlanLimits = Pick<ResourceAttributes, (typeof PLAN_KEYS)[number]>

export function usagePlanLimits(
  plan: Attr<string>,
  throttle: { burst?: Attr<number>; rate?: Attr<number> },
  quota: { limit?: Attr<number>; period?: Attr<string> }
): UsagePlanLimits {
  const all: UsagePlanLimits = {
    usagePlan: plan,
    usagePlanBurstLimit: throttle.burst,
    usagePlanRateLimit: throttle.rate,
    usagePlanQuotaLimit: quota.limit,
    usagePlanQuotaPeriod: quota.period
  }
  return Object.fromEntries(
    Object.entries(all).filter(([, v]) => v !== undefined)
  ) as UsagePlanLimits
}

/**
 * The plan's limits on a stage. Of several plans on one stage, the first that throttles is kept
 * (any plan's throttle bounds the requests of its keys); without one, the first plan.
 */
export function applyUsagePlan(stage: ResourceAttributes, limits: UsagePlanLimits): void {
  if (stage.usagePlan && (throttles(stage) || !throttles(limits))) return
  for (const key of PLAN_KEYS) delete stage[key]
  Object.assign(stage, limits)
}

function throttles(a: UsagePlanLimits): boolean {
  return a.usagePlanBurstLimit !== undefined || a.usagePlanRateLimit !== undefined
}
