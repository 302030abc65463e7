import type { SourceLocation } from '../../model/location.js'
import type { Attr, Policy, PolicyDocument } from '../../model/types.js'
import { display } from '../../model/attr.js'
import { asList, entry, get, isMap, type MapEntry, type Value } from '../../model/value.js'
import { partitionFreeText } from '../cloudformation/arn.js'
import { attrFromValue, locOfEntry, stringAt } from '../shared/attrs.js'
import { allowStatement, policyDocumentFrom } from '../shared/policy-document.js'

/** Building blocks shared by the generated service role and per-function roles. */

/** `provider.iam.role` when it is a map of settings (v3+), else undefined. */
export function providerRoleSettings(provider: Value | undefined): Value | undefined {
  const role = get(get(provider, 'iam'), 'role')
  return isMap(role) ? role : undefined
}

/** An inline policy from a list of statements, located at the key that holds them. */
export function statementsPolicy(e: MapEntry | undefined, id: string): Policy | undefined {
  if (!e) return undefined
  const loc = locOfEntry(e)
  return { id, kind: 'inline', document: policyDocumentFrom(e.value, loc), loc }
}

const AWS_MANAGED = /^arn:aws[\w-]*:iam::aws:policy\//

/** Managed policies attached by ARN: AWS managed ones by their ARN, the rest as external. */
export function managedPolicies(e: MapEntry | undefined, roleId: string): Policy[] {
  if (!e) return []
  const items = e.value.kind === 'symbolic' ? [e.value] : asList(e.value)
  return items.flatMap(item => {
    const written = attrFromValue('string', item, item.loc)
    if (!written) return []
    const text = partitionFree(item)
    const arn = text !== undefined ? { value: text, loc: item.loc } : written
    const kind = text !== undefined && AWS_MANAGED.test(text) ? 'aws-managed' : 'external'
    return [{ id: `${roleId}:${display(written)}`, kind, arn, loc: item.loc } satisfies Policy]
  })
}

/**
 * The ARN as text when only the partition is left to deployment: `${aws:partition}`, or
 * `${AWS::Partition}` in `Fn::Sub` / `Fn::Join`, reads as `aws` (every partition's AWS managed
 * policies have the same names).
 */
function partitionFree(v: Value): string | undefined {
  if (v.kind === 'symbolic' && v.fn === 'aws') {
    const text = v.expr.replace(/\$\{\s*aws:partition\s*\}/g, 'aws')
    return text.includes('${') ? undefined : text
  }
  return partitionFreeText(v)
}

/**
 * The statements and managed policies written under `provider`: `iam.role.statements` (v3+),
 * else the legacy `iamRoleStatements`; `iam.role.managedPolicies`, else `iamManagedPolicies`.
 * The framework reads the legacy list only when the newer one is not written.
 */
export function providerPolicies(provider: Value | undefined, roleId: string): Policy[] {
  const settings = providerRoleSettings(provider)
  const statements = written(settings, 'statements')
    ? statementsPolicy(entry(settings, 'statements'), `${roleId}:provider.iam.role.statements`)
    : statementsPolicy(entry(provider, 'iamRoleStatements'), `${roleId}:provider.iamRoleStatements`)
  const managed = written(settings, 'managedPolicies')
    ? entry(settings, 'managedPolicies')
    : entry(provider, 'iamManagedPolicies')
  return [...(statements ? [statements] : []), ...managedPolicies(managed, roleId)]
}

/** Whether a setting is written with a value (`statements:` left empty is not). */
function written(map: Value | undefined, key: string): boolean {
  const v = get(map, key)
  return v !== undefined && !(v.kind === 'scalar' && v.value === null)
}

/** `iam.role.permissionsBoundary` (or its misspelling `permissionBoundary`), else v2's setting. */
export function providerBoundary(provider: Value | undefined): Attr<string> | undefined {
  const settings = providerRoleSettings(provider)
  return (
    stringAt(settings, 'permissionsBoundary') ??
    stringAt(settings, 'permissionBoundary') ??
    stringAt(provider, 'rolePermissionsBoundary')
  )
}

/** The trust policy of every role the framework generates: Lambda may assume it. */
export function lambdaTrust(loc: SourceLocation): PolicyDocument {
  return {
    statements: [
      allowStatement(
        loc,
        ['sts:AssumeRole'],
        [],
        [{ type: 'Service', value: { value: 'lambda.amazonaws.com', loc } }]
      )
    ],
    loc
  }
}
