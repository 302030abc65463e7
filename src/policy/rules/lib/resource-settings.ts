import { display, isSymbolicValue, literal } from '../../../model/attr.js'
import type { Attr, ExternalTarget, Resource, ResourceKind, Service } from '../../../model/types.js'
import type { Value } from '../../../model/value.js'
import type { Report, RuleContext } from '../../types.js'

/** Helpers the data-store rules share: naming resources and reading their settings. */

const KIND_NOUN: Record<ResourceKind, string> = {
  bucket: 'bucket',
  table: 'table',
  queue: 'queue',
  topic: 'topic',
  stream: 'stream',
  'log-group': 'log group',
  'kms-key': 'KMS key',
  secret: 'secret',
  'state-machine': 'state machine',
  api: 'API',
  'api-stage': 'API stage',
  'api-domain': 'API domain',
  layer: 'layer',
  'event-bus': 'event bus',
  'identity-pool': 'identity pool',
  'user-pool': 'user pool'
}

/**
 * "table `Orders`": how findings name a resource; one defined elsewhere is named as the template
 * names it: "queue `https://sqs...` (defined elsewhere; set by `OrdersQueuePolicy`)".
 */
export function resourceLabel(r: Resource): string {
  if (isExternal(r)) return `${KIND_NOUN[r.kind]} ${externalName(r)}`
  return `${KIND_NOUN[r.kind]} \`${r.id}\``
}

/** "`<target as written>` (defined elsewhere; set by `<id>`)". */
export function externalName(r: ExternalTarget): string {
  return `\`${display(r.target) || r.id}\` (defined elsewhere; set by \`${r.id}\`)`
}

export function isExternal(r: Resource): r is ExternalTarget {
  return 'target' in r
}

export function resourcesOfKind(service: Service, kind: ResourceKind): Resource[] {
  return [...(byKind(service.resources).get(kind) ?? [])]
}

/**
 * A service's resources grouped by kind, once for all the rules that ask (a large template has
 * hundreds of thousands): kept while the list is unchanged, rebuilt if it grows.
 */
const BY_KIND = new WeakMap<
  readonly Resource[],
  { size: number; groups: Map<ResourceKind, Resource[]> }
>()

function byKind(resources: readonly Resource[]): Map<ResourceKind, Resource[]> {
  const known = BY_KIND.get(resources)
  if (known && known.size === resources.length) return known.groups
  const groups = new Map<ResourceKind, Resource[]>()
  for (const r of resources) {
    const group = groups.get(r.kind)
    if (group) group.push(r)
    else groups.set(r.kind, [r])
  }
  BY_KIND.set(resources, { size: resources.length, groups })
  return groups
}

/** Resources of a kind the service sets policies or settings on without defining them. */
export function externalTargetsOfKind(service: Service, kind: ResourceKind): ExternalTarget[] {
  return (service.externalTargets ?? []).filter(r => r.kind === kind)
}

/** Every resource of a kind whose policies the service writes: its own, then those defined elsewhere. */
export function policyHoldersOfKind(service: Service, kind: ResourceKind): Resource[] {
  return [...resourcesOfKind(service, kind), ...externalTargetsOfKind(service, kind)]
}

/** Whether a setting is known to be on, known to be off or absent, or cannot be decided. */
export type SettingState = 'on' | 'off' | 'unknown'

/**
 * Whether a key (KMS key id or ARN) is configured. An expression naming a key (`!Ref Key`,
 * `aws_kms_key.k.arn`) is a key; a conditional (`!If`) may leave it out, so it is unknown.
 */
export function keyState(a: Attr<string> | undefined): SettingState {
  if (!a) return 'off'
  if (isSymbolicValue(a.value)) return isConditional(a.value.fn) ? 'unknown' : 'on'
  return a.value.trim() === '' ? 'off' : 'on'
}

function isConditional(fn: string): boolean {
  return fn === 'Fn::If' || fn === 'conditional'
}

/** A boolean setting that must be true: absent or false is off, an expression is unknown. */
export function flagState(a: Attr<boolean> | undefined): SettingState {
  if (!a) return 'off'
  const v = literal(a)
  if (v === undefined) return 'unknown'
  return v ? 'on' : 'off'
}

/**
 * Reports a setting that is off: at the attribute when it is written (explicitly off), at the
 * resource's key when it is missing. An undecidable setting is recorded, never reported.
 */
export function reportSetting(
  ctx: Pick<RuleContext, 'report' | 'undecidable'>,
  resource: Resource,
  state: SettingState,
  attr: Attr<unknown> | undefined,
  finding: Omit<Report, 'resource' | 'location'>,
  undecidedReason: string
): void {
  if (state === 'on') return
  if (state === 'unknown') {
    ctx.undecidable({
      resource: resource.id,
      reason: undecidedReason,
      location: attr?.loc ?? resource.loc
    })
    return
  }
  ctx.report({ ...finding, resource: resource.id, location: attr?.loc ?? resource.loc })
}

/** The raw properties of a resource as written, for settings the model does not normalise. */
export function rawPropertiesOf(service: Service, resource: Resource): Value | undefined {
  const raw = service.rawResources.find(r => r.id === resource.id && r.type === resource.type)
  return raw?.properties
}
