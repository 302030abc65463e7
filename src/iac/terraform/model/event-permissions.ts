import type { Attr, PolicyStatement } from '../../../model/types.js'
import {
  asString,
  entry,
  get,
  type MapEntry,
  type MapValue,
  type Value
} from '../../../model/value.js'
import { stringAt } from '../../shared/attrs.js'
import { accountPrincipal } from '../../shared/policy-document.js'
import { refsIn, symbolic } from '../eval/values.js'
import type { Draft } from './draft.js'
import { nested, type TfBlock } from './folder.js'

const DEFAULT_ACTION = 'events:PutEvents'

/**
 * `aws_cloudwatch_event_permission`: one statement of an event bus's resource policy, letting an
 * account (or `*`, every account) put events on the bus, optionally under a condition. It is
 * attached to the bus it names; a bus not defined in the folder (the account's `default` bus,
 * or one another stack owns) appears as an event bus resource of its own, so the grant is seen.
 */
export function mapEventPermissions(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_cloudwatch_event_permission')) {
    const statement = statementOf(b)
    const busName = get(b.body, 'event_bus_name')
    const bus = busName && draft.resourceFor(busName, 'aws_cloudwatch_event_bus')
    const document = { statements: [statement], loc: b.loc }
    if (bus) {
      bus.policies.push(document)
      continue
    }
    draft.addResource({
      id: b.address,
      kind: 'event-bus',
      type: b.type,
      name: stringAt(b.body, 'event_bus_name') ?? { value: 'default', loc: b.loc },
      policies: [document],
      attributes: {},
      loc: b.loc
    })
  }
}

function statementOf(b: TfBlock): PolicyStatement {
  const principal = stringAt(b.body, 'principal')
  const action: Attr<string> = stringAt(b.body, 'action') ?? { value: DEFAULT_ACTION, loc: b.loc }
  return {
    sid: asString(get(b.body, 'statement_id')),
    effect: { value: 'Allow', loc: b.loc },
    actions: [action],
    notActions: [],
    resources: [],
    notResources: [],
    principals: principal ? [accountPrincipal(principal)] : [],
    notPrincipals: [],
    condition: conditionOf(nested(b.body, 'condition')),
    loc: b.loc
  }
}

/**
 * `condition { type = "StringEquals", key = "aws:PrincipalOrgID", value = "o-..." }` as IAM
 * writes it: `{ StringEquals: { aws:PrincipalOrgID: o-... } }`. When the operator or key is an
 * expression, the whole condition is one: it cannot be decided.
 */
function conditionOf(block: MapValue | undefined): Value | undefined {
  if (!block) return undefined
  const type = entry(block, 'type')
  const key = entry(block, 'key')
  const value = entry(block, 'value')
  if (!type || !key || !value) return undefined
  const op = asString(type.value)
  const name = asString(key.value)
  if (op === undefined || name === undefined) {
    const refs = refsIn(block)
    return symbolic(
      'condition',
      `condition { type = ${shown(type)}, key = ${shown(key)} }`,
      refs,
      block.loc
    )
  }
  const inner: MapValue = {
    kind: 'map',
    loc: block.loc,
    entries: new Map([[name, { key: name, keyLoc: key.keyLoc, value: value.value }]])
  }
  return {
    kind: 'map',
    loc: block.loc,
    entries: new Map([[op, { key: op, keyLoc: type.keyLoc, value: inner }]])
  }
}

function shown(e: MapEntry): string {
  return e.value.kind === 'symbolic' ? e.value.expr : (asString(e.value) ?? '?')
}
