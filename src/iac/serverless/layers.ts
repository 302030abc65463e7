import type { Attr, PolicyDocument, PolicyStatement } from '../../model/types.js'
import { entry, isList, isMap, type MapEntry } from '../../model/value.js'
import { locOfEntry, stringAt, stringList } from '../shared/attrs.js'
import { accountPrincipal, allowStatement } from '../shared/policy-document.js'
import type { SlsContext } from './context.js'

/**
 * Top-level `layers`: each one a layer version the framework deploys. `allowedAccounts` grants
 * `lambda:GetLayerVersion` to each account listed (`'*'`: every AWS account), which the model
 * holds as the layer's resource policy, one statement per account.
 */
export function mapLayers(ctx: SlsContext): void {
  for (const e of layerEntries(ctx)) {
    const def = e.value
    if (def.kind === 'symbolic') {
      ctx.unreadable(def, `layer ${e.key}`, 'unresolved-layers')
      continue
    }
    if (!isMap(def)) {
      ctx.warn(`layer ${e.key} should be a map of settings`, e.keyLoc)
      continue
    }
    const policy = allowedAccountsPolicy(entry(def, 'allowedAccounts'), ctx)
    ctx.service.resources.push({
      id: e.key,
      kind: 'layer',
      type: 'AWS::Lambda::LayerVersion',
      // The framework names the layer after its key unless `name` is set.
      name: stringAt(def, 'name') ?? { value: e.key, loc: e.keyLoc },
      policies: policy ? [policy] : [],
      attributes: {},
      loc: locOfEntry(e)
    })
  }
}

/** `layers` is a map, or a list of maps when written as `${file()}` fragments. */
function layerEntries(ctx: SlsContext): MapEntry[] {
  const e = entry(ctx.doc, 'layers')
  if (!e || (e.value.kind === 'scalar' && e.value.value === null)) return []
  const out: MapEntry[] = []
  for (const fragment of isList(e.value) ? e.value.items : [e.value]) {
    if (isMap(fragment)) out.push(...fragment.entries.values())
    else if (fragment.kind === 'symbolic') ctx.unreadable(fragment, 'layers', 'unresolved-layers')
    else ctx.warn('layers should be a map of layer names to settings', fragment.loc)
  }
  return out
}

function allowedAccountsPolicy(
  e: MapEntry | undefined,
  ctx: SlsContext
): PolicyDocument | undefined {
  if (!e) return undefined
  const loc = locOfEntry(e)
  if (e.value.kind === 'symbolic') {
    // Which accounts is decided at deploy time: the rules treat the policy as undecidable.
    return { statements: [], symbolic: e.value, loc }
  }
  const statements: PolicyStatement[] = []
  for (const item of isList(e.value) ? e.value.items : [e.value]) {
    const [principal] = item.kind === 'scalar' || item.kind === 'symbolic' ? stringList(item) : []
    if (principal) statements.push(grant(principal))
    else ctx.warn('each of allowedAccounts should be an account id or "*"', item.loc)
  }
  return { statements, loc }
}

/** One account (or `*`), as the `AWS::Lambda::LayerVersionPermission` the framework creates. */
function grant(principal: Attr<string>): PolicyStatement {
  return allowStatement(
    principal.loc,
    ['lambda:GetLayerVersion'],
    [],
    [accountPrincipal(principal)]
  )
}
