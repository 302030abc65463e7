import type { Value } from './value.js'

/**
 * Names and ARNs written in a template for resources the same template defines: a literal, or an
 * ARN built from the stack's own partition, region and account (`!Sub arn:${AWS::Partition}:...`,
 * Terraform's `${data.aws_region.current.name}`, Serverless's `${aws:region}`). Such a name is
 * exact: it names the resource of that name the template creates, as a reference would.
 */

/** Where the stack's own partition, region or account is written: known to be the stack's. */
const HERE = '\u0000'

/** `${AWS::Region}`, `${AWS::AccountId}`, `${AWS::Partition}`, `${AWS::URLSuffix}` of a `Fn::Sub`. */
const CFN_PSEUDO = /^AWS::(Partition|Region|AccountId|URLSuffix)$/
/** Terraform's data sources for where it deploys: region, caller's account, partition. */
const TF_HERE =
  /^(data\.aws_region\.[\w-]+\.(name|id|region)|data\.aws_caller_identity\.[\w-]+\.account_id|data\.aws_partition\.[\w-]+\.(partition|id))$/
/** Serverless's variables for where it deploys. */
const SLS_HERE = /^aws:(region|accountId|partition)$/

/**
 * The text of a value with the stack's own partition, region and account standing as themselves;
 * undefined when any other part is not known before deployment.
 */
export function stackText(v: Value | string | undefined): string | undefined {
  if (typeof v === 'string') return v
  if (!v) return undefined
  if (v.kind === 'scalar') return typeof v.value === 'string' ? v.value : undefined
  if (v.kind !== 'symbolic') return undefined
  if (v.fn === 'Fn::Sub') return subText(v.args)
  if (v.fn === 'template') return withHere(v.expr.replace(/^"|"$/g, ''), TF_HERE)
  if (v.fn === 'aws') return withHere(v.expr, SLS_HERE)
  return undefined
}

function subText(args: Value | undefined): string | undefined {
  const template = args?.kind === 'list' ? args.items[0] : args
  const vars = args?.kind === 'list' ? args.items[1] : undefined
  if (vars && !(vars.kind === 'map' && vars.entries.size === 0)) return undefined
  if (template?.kind !== 'scalar' || typeof template.value !== 'string') return undefined
  return withHere(template.value, CFN_PSEUDO)
}

/** The text with each `${...}` that `here` accepts as a stand-in; undefined if another is left. */
function withHere(text: string, here: RegExp): string | undefined {
  let unknown = false
  const out = text.replace(/\$\{\s*([^}]*?)\s*\}/g, (_whole, name: string) => {
    // `${!Name}` is the text `${Name}` in a `Fn::Sub`.
    if (name.startsWith('!')) return `\${${name.slice(1)}}`
    if (here.test(name)) return HERE
    unknown = true
    return ''
  })
  return unknown ? undefined : out
}

/** One ARN's parts: `arn:partition:service:region:account:resource`. */
interface ArnParts {
  service: string
  region: string
  account: string
  resource: string
}

function arnParts(text: string): ArnParts | undefined {
  const [arn, partition, service, region, account, ...rest] = text.split(':')
  if (arn !== 'arn' || partition === undefined || service === undefined || rest.length === 0)
    return undefined
  if (partition !== HERE && !/^aws(-[a-z]+)*$/.test(partition)) return undefined
  return { service, region: region ?? '', account: account ?? '', resource: rest.join(':') }
}

/**
 * Whether a region or account part names one place: the stack's own, or one written out (the
 * account a template is deployed to, as its author wrote it). Empty when the service has none.
 */
function onePlace(part: string, pattern: RegExp): boolean {
  return part === HERE || pattern.test(part)
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/
const ACCOUNT = /^\d{12}$/
/** A name with no wildcard, path or qualifier. */
const PLAIN_NAME = /^[\w.+=,@-]+$/

/**
 * The name an ARN or name gives a resource of one kind, when it names exactly one: `function:` of
 * a Lambda ARN, a queue's or topic's ARN, `event-bus/` of an EventBridge ARN, a bucket's ARN or
 * name, `role/` of a role ARN (roles are named uniquely whatever their path).
 */
export function exactName(
  v: Value | string | undefined,
  kind: 'function' | 'queue' | 'topic' | 'bucket' | 'event-bus' | 'role'
): string | undefined {
  const text = stackText(v)
  if (text === undefined) return undefined
  const arn = arnParts(text)
  if (!arn) return (kind === 'bucket' || kind === 'event-bus') && plain(text) ? text : undefined
  const regional = onePlace(arn.region, REGION) && onePlace(arn.account, ACCOUNT)
  const r = arn.resource
  switch (kind) {
    case 'function':
      return arn.service === 'lambda' && regional ? after(r, 'function:') : undefined
    case 'queue':
      return arn.service === 'sqs' && regional && plain(r) ? r : undefined
    case 'topic':
      return arn.service === 'sns' && regional && plain(r) ? r : undefined
    case 'event-bus':
      return arn.service === 'events' && regional ? after(r, 'event-bus/') : undefined
    case 'bucket':
      return arn.service === 's3' && arn.region === '' && arn.account === '' && plain(r)
        ? r
        : undefined
    case 'role': {
      if (arn.service !== 'iam' || arn.region !== '' || !onePlace(arn.account, ACCOUNT))
        return undefined
      return r.startsWith('role/') ? plainOrUndefined(r.split('/').pop()) : undefined
    }
  }
}

function after(resource: string, prefix: string): string | undefined {
  return resource.startsWith(prefix) ? plainOrUndefined(resource.slice(prefix.length)) : undefined
}

function plain(text: string): boolean {
  return PLAIN_NAME.test(text)
}

function plainOrUndefined(text: string | undefined): string | undefined {
  return text !== undefined && plain(text) ? text : undefined
}
