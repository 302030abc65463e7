import type { IamPrincipal, Policy } from '../../../model/types.js'
import { asList, asString, get, type Value } from '../../../model/value.js'
import { attrFromValue, stringAt } from '../../shared/attrs.js'
import type { Draft } from './draft.js'
import type { TfBlock } from './folder.js'
import { attachmentInstances, byArn, inlinePolicyOf } from './iam.js'

/**
 * IAM users and groups with their inline policies and attachments. A user or group defined
 * elsewhere that this folder gives a policy is named as written.
 */
export function mapIamPrincipals(draft: Draft): void {
  for (const kind of ['user', 'group'] as const) {
    for (const b of draft.folder.ofType(`aws_iam_${kind}`)) {
      principalsOf(draft).push({
        id: b.address,
        kind,
        name: stringAt(b.body, 'name'),
        policies: [],
        defined: true,
        loc: b.loc
      })
    }
  }
  const managed = new Map(
    draft.service.policies.filter(p => p.kind === 'managed').map(p => [p.id, p])
  )
  for (const kind of ['user', 'group'] as const) {
    for (const b of draft.folder.ofType(`aws_iam_${kind}_policy`)) {
      addPolicy(principalFor(draft, kind, get(b.body, kind), b), inlinePolicyOf(draft, b))
    }
    for (const b of draft.folder.ofType(`aws_iam_${kind}_policy_attachment`)) {
      attach(draft, managed, principalFor(draft, kind, get(b.body, kind), b), b)
    }
  }
  for (const b of draft.folder.ofType('aws_iam_policy_attachment')) {
    for (const [kind, key] of [
      ['user', 'users'],
      ['group', 'groups']
    ] as const) {
      for (const v of asList(get(b.body, key))) {
        attach(draft, managed, principalFor(draft, kind, v, b), b)
      }
    }
  }
}

function principalsOf(draft: Draft): IamPrincipal[] {
  return (draft.service.principals ??= [])
}

/** The user or group a value names: a reference, a literal name, or one defined elsewhere. */
function principalFor(
  draft: Draft,
  kind: IamPrincipal['kind'],
  v: Value | undefined,
  b: TfBlock
): IamPrincipal {
  const all = principalsOf(draft)
  const own = draft.folder.referenced(v, `aws_iam_${kind}`)
  const literal = asString(v)
  const found =
    all.find(p => p.defined && p.id === own?.address) ??
    all.find(p => p.defined && p.kind === kind && literal && p.name?.value === literal)
  if (found) return found
  const named = v ? attrFromValue('string', v, v.loc) : undefined
  const written = v?.kind === 'symbolic' ? v.expr : (literal ?? b.address)
  const known = all.find(p => !p.defined && p.kind === kind && p.id === written)
  if (known) return known
  const principal: IamPrincipal = {
    id: written,
    kind,
    name: named,
    policies: [],
    defined: false,
    loc: b.loc
  }
  all.push(principal)
  return principal
}

function attach(
  draft: Draft,
  managed: Map<string, Policy>,
  principal: IamPrincipal,
  b: TfBlock
): void {
  for (const { id, arn, loc } of attachmentInstances(b)) {
    const policy = byArn(draft, managed, arn, loc, id, b.loc)
    if (policy) addPolicy(principal, policy)
  }
}

function addPolicy(principal: IamPrincipal, policy: Policy): void {
  if (!principal.policies.includes(policy)) principal.policies.push(policy)
}
