import type { Parameter } from '../../model/types.js'
import { asBoolean, asString, entry, get, isMap, type Value } from '../../model/value.js'
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
    if (defaultEntry?.value.kind === 'scalar') {
      parameter.default = { value: defaultEntry.value.value, loc: locOfEntry(defaultEntry) }
      if (!fromSsm) known.set(e.key, { value: defaultEntry.value.value, isList })
    }
    // What the deployment passes replaces the default (an SSM name stays unknown all the same).
    const given = overrides.get(e.key)
    if (given !== undefined && !fromSsm) known.set(e.key, { value: given, isList })
    ctx.service.parameters.push(parameter)
  }
  return known
}
