import { isSymbolicValue } from '../../../model/attr.js'
import type { Attr } from '../../../model/types.js'
import type { Value } from '../../../model/value.js'
import { actionMatches, ESCALATION_TARGETS } from './iam-actions.js'

/**
 * Resource ARNs that name every resource of one type: `arn:aws:iam::*:role/*`,
 * `arn:aws:iam::123456789012:role/*`, `!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*`.
 * Whatever the partition, region or account turn out to be, such an ARN matches every role (every
 * function, user, ...) there, so granting an escalation action on it is granting it on any.
 * A path or name prefix (`role/service-role/*`, `role/orders-*`) is a scope the author chose:
 * not every resource of the type.
 */

/** What a `${...}` left to deployment stands as in the ARN text: it never contains `*`, `/` or `:`. */
export const UNKNOWN = '\u0000'

/**
 * What a wildcard ARN covers: every resource of `service` whose resource part (`role/name`,
 * `function:name`) starts with `prefix`, a resource type or the start of one (`role/`, `role`, ``).
 */
export interface EveryOfType {
  service: string
  prefix: string
}

/**
 * The service and resource-type prefix an ARN covers entirely (`*` matches `/` too, so `role/*`
 * and `role*` are every role), or undefined when it is scoped (a name or path prefix) or not an
 * ARN whose service and resource are written literally.
 */
export function everyOfType(resource: Attr<string>): EveryOfType | undefined {
  const text = arnText(resource.value)
  if (text === undefined) return undefined
  const parts = text.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  const service = (parts[2] ?? '').toLowerCase()
  const rest = parts.slice(5).join(':')
  if (!/^[a-z0-9-]+$/.test(service) || rest.includes(UNKNOWN)) return undefined
  // `*/*` (every object of every bucket) is every resource the object actions act on.
  if (/^\*(?:[/:]\*)+$/.test(rest)) return { service, prefix: '' }
  const typed = /^([A-Za-z-]*[/:]?)\*$/.exec(rest)
  return typed ? { service, prefix: (typed[1] ?? '').toLowerCase() } : undefined
}

/**
 * The resource type (`role`, `function`, ...) on which the escalation action `action` (as listed
 * in `ESCALATION_TARGETS`) acts, when `covered` names every resource of it.
 */
export function escalationTargetIn(action: string, covered: EveryOfType): string | undefined {
  const target = Object.entries(ESCALATION_TARGETS).find(([a]) => actionMatches(a, action))?.[1]
  if (!target) return undefined
  const [service, type = ''] = target.split(':')
  if (service !== covered.service) return undefined
  return `${type}/`.startsWith(covered.prefix) || `${type}:`.startsWith(covered.prefix)
    ? type
    : undefined
}

/**
 * The ARN as text, each part left to deployment standing as `UNKNOWN`: a literal, a CloudFormation
 * `!Sub` or `!Join` of literals and intrinsics, or a Terraform string template.
 */
export function arnText(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (!isSymbolicValue(v)) return undefined
  if (v.fn === 'Fn::Sub') return subText(v.args)
  if (v.fn === 'Fn::Join') return joinText(v.args)
  if (v.fn === 'template') return templateText(v.expr)
  // A Serverless string with variables (`arn:aws:iam::${aws:accountId}:role/*`) is written whole.
  if (v.fn.startsWith('Fn::') || v.fn === 'Ref' || v.expr.startsWith('"')) return undefined
  return v.expr.includes('${') ? v.expr.replace(/\$\{[^}]*\}/g, UNKNOWN) : undefined
}

function subText(args: Value | undefined): string | undefined {
  const template = args?.kind === 'list' ? args.items[0] : args
  if (template?.kind !== 'scalar' || typeof template.value !== 'string') return undefined
  return template.value.replace(/\$\{([^}]*)\}/g, (_whole, name: string) =>
    name.startsWith('!') ? `\${${name.slice(1)}}` : UNKNOWN
  )
}

function joinText(args: Value | undefined): string | undefined {
  if (args?.kind !== 'list') return undefined
  const [delimiter, parts] = args.items
  if (delimiter?.kind !== 'scalar' || parts?.kind !== 'list') return undefined
  const texts = parts.items.map(p =>
    p.kind === 'scalar' ? String(p.value ?? '') : p.kind === 'symbolic' ? UNKNOWN : undefined
  )
  if (texts.some(t => t === undefined)) return undefined
  return texts.join(String(delimiter.value ?? ''))
}

/** A Terraform quoted template as written (`"arn:aws:iam::${local.account}:role/*"`). */
function templateText(expr: string): string | undefined {
  if (!expr.startsWith('"') || !expr.endsWith('"') || expr.length < 2) return undefined
  const inner = expr.slice(1, -1)
  if (/%\{|\\/.test(inner)) return undefined
  return inner.replace(/\$\{[^}]*\}/g, UNKNOWN)
}
