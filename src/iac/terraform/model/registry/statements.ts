import type { SourceLocation } from '../../../../model/location.js'
import type { PolicyDocument, PolicyStatement } from '../../../../model/types.js'
import { asList, entry, isMap, type MapValue, type Value } from '../../../../model/value.js'
import { locOfEntry } from '../../../shared/attrs.js'
import type { Draft } from '../draft.js'
import { nestedAll } from '../folder.js'
import { conditionFromBlocks, policyFrom, statementFromBlock } from '../policy-documents.js'
import type { ModuleInputs } from './known.js'

/**
 * The resource policy a module builds from its inputs: `*_policy_statements` (a map or list of
 * statements written like `aws_iam_policy_document` statements, as objects) and the JSON
 * documents of `source_*` / `override_*` inputs. Undefined when the inputs write none.
 */
export function modulePolicy(
  draft: Draft,
  inputs: ModuleInputs,
  statementsKey: string | undefined,
  documentKeys: string[]
): PolicyDocument | undefined {
  const found: PolicyDocument[] = []
  const written = statementsKey ? entry(inputs.body, statementsKey) : undefined
  if (written && statementsKey)
    found.push(statementsFrom(inputs, statementsKey, written.value, locOfEntry(written)))
  for (const key of documentKeys) {
    const e = entry(inputs.body, key)
    if (!e) continue
    const loc = locOfEntry(e)
    const items = e.value.kind === 'list' ? e.value.items : [e.value]
    for (const item of items) {
      const doc = policyFrom(draft, item, loc)
      if (doc?.symbolic) inputs.note(key, 'a policy document not known before deployment', loc)
      if (doc) found.push(doc)
    }
  }
  if (found.length === 0) return undefined
  const symbolic = found.find(d => d.symbolic)?.symbolic
  return {
    statements: found.flatMap(d => d.statements),
    ...(symbolic ? { symbolic } : {}),
    loc: found[0]?.loc as SourceLocation
  }
}

function statementsFrom(
  inputs: ModuleInputs,
  key: string,
  v: Value,
  loc: SourceLocation
): PolicyDocument {
  if (v.kind === 'symbolic') {
    inputs.note(key, 'policy statements not known before deployment', loc)
    return { statements: [], symbolic: v, loc }
  }
  const items = isMap(v) ? [...v.entries.values()].map(e => e.value) : asList(v)
  return { statements: items.filter(isMap).map(moduleStatement), loc }
}

/** One statement object; the modules accept `condition` and `conditions`. */
function moduleStatement(s: MapValue): PolicyStatement {
  const statement = statementFromBlock(s)
  statement.condition ??= conditionFromBlocks(nestedAll(s, 'conditions'))
  return statement
}
