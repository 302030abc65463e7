import type { Attr, Policy, PolicyDocument, PolicyStatement, Role } from '../../../model/types.js'
import {
  asBoolean,
  asList,
  asString,
  entry,
  get,
  isMap,
  type MapEntry,
  type MapValue
} from '../../../model/value.js'
import { locOfEntry, stringAt, stringListAt } from '../../shared/attrs.js'
import { allowStatement } from '../../shared/policy-document.js'
import { symbolic } from '../eval/values.js'
import type { Draft } from './draft.js'
import type { TfBlock } from './folder.js'
import { conditionFromBlocks, policyFrom, principalBlocks } from './policy-documents.js'

/**
 * The execution role the terraform-aws-modules Lambda module creates, unless `create_role =
 * false` or an existing `lambda_role` is given: its logging permissions and every policy the
 * module's inputs attach (statements, JSON documents, policy ARNs).
 */
export function moduleRole(draft: Draft, b: TfBlock): Role | undefined {
  const body = b.body
  if (asBoolean(get(body, 'create_role')) === false) return undefined
  const lambdaRole = get(body, 'lambda_role')
  if (lambdaRole && (lambdaRole.kind === 'symbolic' || asString(lambdaRole))) return undefined
  const id = `${b.address}.role`
  const role: Role = {
    id,
    name: stringAt(body, 'role_name') ?? stringAt(body, 'function_name'),
    trustPolicy: trustPolicy(b),
    policies: [],
    permissionsBoundary: stringAt(body, 'role_permissions_boundary'),
    generatedBy: 'terraform-module',
    loc: b.loc
  }
  const on = (key: string): MapEntry | undefined => {
    const e = entry(body, key)
    return e && asBoolean(e.value) === true ? e : undefined
  }
  if (asBoolean(get(body, 'attach_cloudwatch_logs_policy')) !== false)
    role.policies.push(logsPolicy(b, id))
  if (on('attach_policy_statements')) role.policies.push(...statementsPolicy(body, id))
  if (on('attach_policy_json'))
    role.policies.push(...jsonPolicies(draft, entry(body, 'policy_json'), `${id}.policy_json`))
  if (on('attach_policy_jsons'))
    role.policies.push(...jsonPolicies(draft, entry(body, 'policy_jsons'), `${id}.policy_jsons`))
  if (on('attach_policy'))
    role.policies.push(...arnPolicies(draft, entry(body, 'policy'), id, 'policy'))
  if (on('attach_policies'))
    role.policies.push(...arnPolicies(draft, entry(body, 'policies'), id, 'policies'))
  return role
}

/** Lambda (plus the `trusted_entities` services) may assume the role. */
function trustPolicy(b: TfBlock): PolicyDocument {
  const loc = b.loc
  const services: Attr<string>[] = [{ value: 'lambda.amazonaws.com', loc }]
  for (const item of asList(get(b.body, 'trusted_entities'))) {
    const s = asString(item)
    if (s) services.push({ value: s, loc: item.loc })
  }
  return {
    statements: [
      allowStatement(
        loc,
        ['sts:AssumeRole'],
        [],
        services.map(value => ({ type: 'Service', value }))
      )
    ],
    loc
  }
}

/** The module's `logs` policy: writing to the function's own log group. */
function logsPolicy(b: TfBlock, roleId: string): Policy {
  const body = b.body
  const at = entry(body, 'attach_cloudwatch_logs_policy')
  const loc = at ? locOfEntry(at) : b.loc
  const createsGroup =
    asBoolean(get(body, 'use_existing_cloudwatch_log_group')) !== true &&
    asBoolean(get(body, 'attach_create_log_group_permission')) !== false
  const actions = [
    ...(createsGroup ? ['logs:CreateLogGroup'] : []),
    'logs:CreateLogStream',
    'logs:PutLogEvents'
  ]
  const group = symbolic('module', `log group of ${b.address}`, [b.address], loc)
  return {
    id: `${roleId}.logs`,
    kind: 'inline',
    document: { statements: [allowStatement(loc, actions, [{ value: group, loc }], [])], loc },
    loc
  }
}

/** `policy_statements = { name = { effect, actions, resources, principals, condition } }`. */
function statementsPolicy(body: MapValue, roleId: string): Policy[] {
  const e = entry(body, 'policy_statements')
  if (!e) return []
  const loc = locOfEntry(e)
  const items: MapEntry[] = isMap(e.value)
    ? [...e.value.entries.values()]
    : asList(e.value).map((v, i) => ({ key: String(i), keyLoc: v.loc, value: v }))
  const statements = items.filter(i => isMap(i.value)).map(moduleStatement)
  const document: PolicyDocument =
    e.value.kind === 'symbolic' ? { statements: [], symbolic: e.value, loc } : { statements, loc }
  return [{ id: `${roleId}.policy_statements`, kind: 'inline', document, loc }]
}

function moduleStatement(e: MapEntry): PolicyStatement {
  const v = e.value
  const loc = locOfEntry(e)
  return {
    sid: asString(get(v, 'sid')) ?? e.key.replace(/[^0-9A-Za-z]/g, ''),
    effect: stringAt(v, 'effect') ?? { value: 'Allow', loc },
    actions: stringListAt(v, 'actions'),
    notActions: stringListAt(v, 'not_actions'),
    resources: stringListAt(v, 'resources'),
    notResources: stringListAt(v, 'not_resources'),
    principals: principalBlocks(asList(get(v, 'principals')).filter(isMap)),
    notPrincipals: principalBlocks(asList(get(v, 'not_principals')).filter(isMap)),
    condition: conditionFromBlocks(asList(get(v, 'condition')).filter(isMap)),
    loc
  }
}

/** `policy_json` (one document) or `policy_jsons` (a list of them). */
function jsonPolicies(draft: Draft, e: MapEntry | undefined, id: string): Policy[] {
  if (!e) return []
  const loc = locOfEntry(e)
  const docs = e.value.kind === 'list' ? e.value.items : [e.value]
  return docs.map((doc, i) => ({
    id: docs.length > 1 ? `${id}[${i}]` : id,
    kind: 'inline' as const,
    document: policyFrom(draft, doc, docs.length > 1 ? doc.loc : loc),
    loc
  }))
}

/** `policy` (one ARN) or `policies` (a list of ARNs) attached to the role. */
function arnPolicies(draft: Draft, e: MapEntry | undefined, roleId: string, key: string): Policy[] {
  if (!e) return []
  const id = `${roleId}.${key}`
  const arns = e.value.kind === 'list' ? e.value.items : [e.value]
  return arns.flatMap((arn, i): Policy[] => {
    const at = arns.length > 1 ? arn.loc : locOfEntry(e)
    const own = draft.folder.referenced(arn, 'aws_iam_policy')
    const managed = own && draft.service.policies.find(p => p.id === own.address)
    if (managed) {
      managed.attachedTo = [...(managed.attachedTo ?? []), roleId]
      return [managed]
    }
    const written = arn.kind === 'symbolic' ? arn.expr : (asString(arn) ?? '')
    if (written === '') return []
    const value = arn.kind === 'symbolic' ? arn : written
    const kind = /:iam::aws:policy\//.test(written) ? 'aws-managed' : 'external'
    return [{ id: arns.length > 1 ? `${id}[${i}]` : id, kind, arn: { value, loc: at }, loc: at }]
  })
}
