import type { SourceLocation } from '../../model/location.js'
import {
  entry,
  isList,
  isMap,
  type MapEntry,
  type MapValue,
  type Value
} from '../../model/value.js'
import { mapCloudFormationTemplate, type CfnMapInput } from '../cloudformation/map.js'
import { locOfEntry } from '../shared/attrs.js'
import type { SlsContext } from './context.js'
import { applyExtensions } from './extensions.js'
import {
  functionLogicalId,
  GENERATED_ROLE_ID,
  HTTP_API_ID,
  perFunctionRoleId,
  perFunctionRoleLogicalId,
  REST_API_ID,
  WEBSOCKET_API_ID
} from './names.js'

type ExternalIds = NonNullable<CfnMapInput['externalIds']>

interface Section {
  keyLoc: SourceLocation
  entries: Map<string, MapEntry>
}

/** Sections whose content is a map of logical ids; the others (`Description`) are text. */
const MAP_SECTIONS = new Set([
  'Resources',
  'Outputs',
  'Conditions',
  'Mappings',
  'Parameters',
  'extensions'
])

/**
 * `resources` is CloudFormation: a map with `Resources`, `Outputs`, ... or a list of such
 * fragments (often `${file(...)}` includes), merged in order. It is mapped with the framework's
 * generated logical ids known, then `extensions` are applied to the generated resources.
 */
export function mapResources(ctx: SlsContext): void {
  const e = entry(ctx.doc, 'resources')
  if (!e || (e.value.kind === 'scalar' && e.value.value === null)) return
  const sections = mergeFragments(e.value, ctx)
  const ids = externalIds(ctx)
  const extensions = sections.get('extensions')?.entries ?? new Map<string, MapEntry>()
  sections.delete('extensions')
  const overrides = new Map<string, MapEntry>()
  const resources = sections.get('Resources')
  if (resources) separateOverrides(resources.entries, ids, overrides, ctx)
  if (sections.has('Resources') || sections.has('Outputs')) {
    const template: MapValue = { kind: 'map', entries: new Map(), loc: locOfEntry(e) }
    for (const [key, s] of sections) {
      const value: MapValue = { kind: 'map', entries: s.entries, loc: s.keyLoc }
      template.entries.set(key, { key, keyLoc: s.keyLoc, value })
    }
    ctx.diagnostics.push(...mapCloudFormationTemplate({ template, externalIds: ids }, ctx.service))
  }
  applyExtensions(overrides, 'merge', ctx)
  applyExtensions(extensions, 'assign', ctx)
}

function mergeFragments(v: Value, ctx: SlsContext): Map<string, Section> {
  const sections = new Map<string, Section>()
  for (const fragment of isList(v) ? v.items : [v]) {
    if (!isMap(fragment)) {
      unreadable(fragment, 'resources', ctx)
      continue
    }
    for (const [key, s] of fragment.entries) {
      if (!MAP_SECTIONS.has(key)) continue
      if (!isMap(s.value)) {
        unreadable(s.value, key, ctx)
        continue
      }
      const section = sections.get(key) ?? {
        keyLoc: s.keyLoc,
        entries: new Map<string, MapEntry>()
      }
      s.value.entries.forEach((item, id) => section.entries.set(id, item))
      sections.set(key, section)
    }
  }
  return sections
}

/**
 * Entries that cannot be read are left out, and a generated resource written without a `Type`
 * (`ApiGatewayRestApi: { Properties: ... }`) overrides the framework's own: merged into it, where
 * an extension's properties replace those it names.
 */
function separateOverrides(
  resources: Map<string, MapEntry>,
  ids: ExternalIds,
  overrides: Map<string, MapEntry>,
  ctx: SlsContext
): void {
  for (const [id, e] of resources) {
    if (e.value.kind === 'symbolic') {
      unreadable(e.value, `resource ${id}`, ctx)
      resources.delete(id)
    } else if (ids.has(id) && !entry(e.value, 'Type')) {
      overrides.set(id, e)
      resources.delete(id)
    }
  }
}

function unreadable(v: Value, what: string, ctx: SlsContext): void {
  if (v.kind === 'symbolic') ctx.unreadable(v, what, 'unresolved-resources')
  else if (v.kind !== 'scalar' || v.value !== null) {
    ctx.warn(`${what} should be a map of CloudFormation definitions`, v.loc)
  }
}

/** Logical ids the framework generates, which `resources` may reference. */
function externalIds(ctx: SlsContext): ExternalIds {
  const ids: ExternalIds = new Map()
  for (const fn of ctx.service.functions) {
    ids.set(functionLogicalId(fn.id), { kind: 'function', id: fn.id })
    if (fn.roleId === perFunctionRoleId(fn.id)) {
      ids.set(perFunctionRoleLogicalId(fn.id), { kind: 'role', id: fn.roleId })
    }
  }
  if (ctx.service.roles.some(r => r.id === GENERATED_ROLE_ID)) {
    ids.set(GENERATED_ROLE_ID, { kind: 'role', id: GENERATED_ROLE_ID })
  }
  const apis = new Set(ctx.service.endpoints.map(e => e.apiId))
  for (const api of [REST_API_ID, HTTP_API_ID, WEBSOCKET_API_ID]) {
    if (apis.has(api)) ids.set(api, { kind: 'api', id: api })
  }
  return ids
}
