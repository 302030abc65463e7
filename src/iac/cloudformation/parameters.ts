import type { Parameter } from '../../model/types.js'
import {
  asBoolean,
  asString,
  entry,
  get,
  isMap,
  type Scalar,
  type Value
} from '../../model/value.js'
import { locOfEntry } from '../shared/attrs.js'
import type { MapContext } from './context.js'
import type { KnownParameter } from './resolve.js'

/**
 * Reads `Parameters` into `service.parameters` and returns those whose value CloudFormation
 * would use as written: the value the deployment gives (`overrides`), else the default. SSM parameter types are left out: their default names a parameter in
 * Systems Manager, whose value is only known at deploy time.
 */
export function readParameters(
  ctx: Pick<MapContext, 'service' | 'warn'>,
  section: Value | undefined,
  overrides: ReadonlyMap<string, string> = new Map()
): Map<string, KnownParameter> {
  const known = new Map<string, KnownParameter>()
  if (section === undefined) return known
  if (!isMap(section)) {
    ctx.warn('Parameters should be a map of parameter definitions', section.loc)
    return known
  }
  for (const e of section.entries.values()) {
    const definition = e.value
    if (!isMap(definition)) {
      ctx.warn(`parameter ${e.key} should be a map with Type and Default`, e.keyLoc)
      continue
    }
    const parameter: Parameter = {
      name: e.key,
      secret: asBoolean(get(definition, 'NoEcho')) === true,
      loc: locOfEntry(e)
    }
    const type = asString(get(definition, 'Type')) ?? 'String'
    const isList = type.startsWith('List<') || type === 'CommaDelimitedList'
    const fromSsm = type.startsWith('AWS::SSM::Parameter::Value')
    const defaultEntry = entry(definition, 'Default')
    // A deployment may give any allowed value: each is checked where a condition's branches are.
    const allowed = isList || fromSsm ? [] : allowedValues(get(definition, 'AllowedValues'))
    const choices = allowed.length > 1 ? allowed : undefined
    if (defaultEntry?.value.kind === 'scalar') {
      const value = defaultEntry.value.value
      parameter.default = { value, loc: locOfEntry(defaultEntry) }
      // The default first: where one value is read, or a list's first, it is what deploys.
      const others = choices?.filter(c => c !== value)
      if (!fromSsm) known.set(e.key, { value, isList, choices: others && [value, ...others] })
    } else if (choices) {
      known.set(e.key, { choices })
    } else if (allowed[0] !== undefined) {
      known.set(e.key, { value: allowed[0], isList })
    }
    // What the deployment passes replaces the default (an SSM name stays unknown all the same).
    const given = overrides.get(e.key)
    if (given !== undefined && !fromSsm) known.set(e.key, { value: given, isList })
    ctx.service.parameters.push(parameter)
  }
  return known
}

/** `AllowedValues`, when all are literal: the values a deployment may give the parameter. */
function allowedValues(v: Value | undefined): Scalar[] {
  if (v?.kind !== 'list') return []
  const values: Scalar[] = []
  for (const item of v.items) {
    if (item.kind !== 'scalar' || item.value === null) return []
    if (!values.includes(item.value)) values.push(item.value)
  }
  return values
}
